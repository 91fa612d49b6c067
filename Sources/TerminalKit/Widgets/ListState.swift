/// The persistent state of a ``ListView``: which row is selected and which row is at the top.
///
/// Lives in the application's state; the view is rebuilt every frame.
public struct ListState: Hashable, Sendable {
  /// The selected row, or `nil` for none.
  public var selected: Int?
  /// The first row shown.
  public var offset: Int

  /// Creates a state.
  public init(selected: Int? = nil, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Moves the selection by `delta` rows, clamped to `0..<count` (selects row 0 when nothing was
  /// selected); clears it when the list is empty.
  public mutating func moveSelection(by delta: Int, count: Int) {
    guard count > 0 else {
      selected = nil
      return
    }
    selected = min(max(0, (selected ?? (delta >= 0 ? -1 : count)) + delta), count - 1)
  }

  /// Adjusts ``offset`` so the selection is among the `height` rows shown, scrolling as little
  /// as possible, and so no space is wasted below the last row.
  public mutating func scrollToSelection(height: Int, count: Int) {
    let height = max(1, height)
    if let selected {
      if selected < offset { offset = selected }
      if selected >= offset + height { offset = selected - height + 1 }
    }
    offset = max(0, min(offset, count - height))
  }
}
