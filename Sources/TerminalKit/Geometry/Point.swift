/// A cell position on the screen: column `x`, row `y`, both 0-based from the top left.
public struct Point: Hashable, Sendable, CustomStringConvertible {
  /// The column, 0-based.
  public var x: Int
  /// The row, 0-based.
  public var y: Int

  /// Creates a point at column `x`, row `y`.
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }

  /// The top-left cell.
  public static let zero = Point(x: 0, y: 0)

  public var description: String { "(\(x), \(y))" }
}
