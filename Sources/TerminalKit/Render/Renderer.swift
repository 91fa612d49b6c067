/// Turns successive frames into the runs a backend must write: rows that changed since the
/// previous frame, each split into runs of one style.
///
/// A changed row is redrawn whole (every cell, trailing blanks included), which keeps wide
/// clusters intact; unchanged rows are skipped. A size change or ``invalidate()`` redraws all.
public struct Renderer: Sendable {
  /// The frame the terminal shows now, as far as the renderer knows.
  public private(set) var previous: ScreenBuffer?

  /// Creates a renderer that will draw its first frame whole.
  public init() {}

  /// Forgets the screen's contents (after a resize or a redraw request): the next frame is
  /// drawn whole.
  public mutating func invalidate() {
    previous = nil
  }

  /// The runs that turn the screen into `next`, top to bottom; records `next` as shown.
  public mutating func changes(for next: ScreenBuffer) -> [StyledRun] {
    let rows = Self.changedRows(from: previous, to: next)
    previous = next
    return rows.flatMap { Self.runs(ofRow: $0, in: next) }
  }

  /// The rows of `next` that differ from `previous` (all of them when the sizes differ).
  public static func changedRows(from previous: ScreenBuffer?, to next: ScreenBuffer) -> [Int] {
    guard let previous, previous.size == next.size else { return Array(0..<next.size.height) }
    return (0..<next.size.height).filter { previous.row($0) != next.row($0) }
  }

  /// Row `y` of `buffer` as runs of equal style covering every cell, left to right.
  public static func runs(ofRow y: Int, in buffer: ScreenBuffer) -> [StyledRun] {
    var runs: [StyledRun] = []
    var current: StyledRun?
    for (x, cell) in buffer.row(y).enumerated() where !cell.isContinuation {
      if current?.style == cell.style {
        current?.text += cell.text
        current?.width += cell.width
      } else {
        if let finished = current { runs.append(finished) }
        current = StyledRun(
          row: y, column: x, text: cell.text, width: cell.width, style: cell.style)
      }
    }
    if let finished = current { runs.append(finished) }
    return runs
  }
}
