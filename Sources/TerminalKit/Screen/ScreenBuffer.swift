/// A virtual screen: a grid of cells that screens render into, tests inspect, and a backend blits.
///
/// The buffer enforces what ncurses violates silently: a cluster that does not fit before the
/// right margin (or the clip width) leaves blanks instead of wrapping; wide clusters own their
/// continuation cells and are blanked whole when partly overwritten; text is display-normalised
/// (``DisplayText``) so no control, tab or newline ever reaches the terminal.
public struct ScreenBuffer: Equatable, Sendable {
  /// The buffer's size in cells.
  public private(set) var size: Size
  /// The cells, row by row (`y * size.width + x`).
  public internal(set) var cells: [Cell]

  /// Creates a buffer of blank cells in `style`.
  public init(size: Size, style: Style = .plain) {
    let size = Size(width: max(0, size.width), height: max(0, size.height))
    self.size = size
    self.cells = Array(repeating: .blank(style), count: size.width * size.height)
  }

  /// Creates a buffer of `width` × `height` blank cells.
  public init(width: Int, height: Int) {
    self.init(size: Size(width: width, height: height))
  }

  /// Creates a buffer holding `lines` in plain style, one per row, as wide as the widest line;
  /// handy for expected screens in tests.
  public init(lines: [String]) {
    self.init(size: Size(width: lines.map(DisplayWidth.of).max() ?? 0, height: lines.count))
    for (row, line) in lines.enumerated() { put(line, at: Point(x: 0, y: row)) }
  }

  /// The whole buffer as a rectangle at the origin.
  public var area: Rect { Rect(origin: .zero, size: size) }

  /// The cell at column `x`, row `y`; both must be inside the buffer.
  public subscript(x: Int, y: Int) -> Cell {
    precondition(area.contains(Point(x: x, y: y)), "cell (\(x), \(y)) outside \(size)")
    return cells[y * size.width + x]
  }

  /// The cells of row `y`, left to right.
  public func row(_ y: Int) -> ArraySlice<Cell> {
    precondition((0..<size.height).contains(y), "row \(y) outside \(size)")
    return cells[(y * size.width)..<((y + 1) * size.width)]
  }

  /// Blanks every cell, in `style`.
  public mutating func clear(style: Style = .plain) {
    cells = Array(repeating: .blank(style), count: size.width * size.height)
  }
}
