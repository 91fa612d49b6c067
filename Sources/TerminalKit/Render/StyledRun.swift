/// A stretch of one row drawn in one style: what a backend writes with one call.
public struct StyledRun: Hashable, Sendable {
  /// The row.
  public var row: Int
  /// The column of the first cell.
  public var column: Int
  /// The display clusters, concatenated (continuation cells contribute nothing).
  public var text: String
  /// The cells the run covers.
  public var width: Int
  /// The style of every cell.
  public var style: Style

  /// Creates a run.
  public init(row: Int, column: Int, text: String, width: Int, style: Style) {
    self.row = row
    self.column = column
    self.text = text
    self.width = width
    self.style = style
  }
}
