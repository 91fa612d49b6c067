/// The selected row of a list and the first row shown.
public struct ListPosition: Hashable, Sendable {
  /// The selected row.
  public var selected: Int
  /// The first row shown.
  public var offset: Int

  /// Creates a position.
  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Moves the selection by `delta` rows within `count` rows, scrolling so that it stays within
  /// `visibleRows` rows.
  public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
    select(selected + delta, count: count, visibleRows: visibleRows)
  }

  /// Selects row `row` (clamped), scrolling so that it stays within `visibleRows` rows.
  public mutating func select(_ row: Int, count: Int, visibleRows: Int) {
    selected = max(0, min(row, count - 1))
    let rows = max(1, visibleRows)
    if selected < offset { offset = selected }
    if selected >= offset + rows { offset = selected - rows + 1 }
    offset = max(0, min(offset, max(0, count - rows)))
  }
}
