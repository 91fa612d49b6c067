/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a size of `width` columns and `height` rows.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// No cells.
  public static let zero = Size(width: 0, height: 0)

  /// Whether the size holds no cell.
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// `COLSxROWS`, as the screen-dump header writes it: `120x40`.
  public var description: String { "\(width)x\(height)" }
}
