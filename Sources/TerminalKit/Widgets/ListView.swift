/// A scrolling list of one-line rows with a highlighted selection.
///
/// A value rebuilt every frame; its ``ListState`` persists in the application state.
///
/// ```swift
/// var state = ListState(selected: 5)
/// ListView(rows: items, highlight: .reversed).render(into: &buffer, area: area, state: &state)
/// ```
public struct ListView: Sendable {
  /// The rows, top to bottom.
  public var rows: [StyledText]
  /// Merged over the selected row, which is filled to the area's width.
  public var highlight: Style
  /// The style of the area behind the rows.
  public var style: Style

  /// Creates a list.
  public init(rows: [StyledText], highlight: Style = .reversed, style: Style = .plain) {
    self.rows = rows
    self.highlight = highlight
    self.style = style
  }

  /// Creates a list of plain rows.
  public init(rows: [String], highlight: Style = .reversed, style: Style = .plain) {
    self.init(rows: rows.map { StyledText($0) }, highlight: highlight, style: style)
  }

  /// Draws the rows that fit in `area`, scrolling `state` so its selection stays visible.
  public func render(into buffer: inout ScreenBuffer, area: Rect, state: inout ListState) {
    if let selected = state.selected, selected >= rows.count {
      state.selected = rows.isEmpty ? nil : rows.count - 1
    }
    state.scrollToSelection(height: area.height, count: rows.count)
    buffer.fill(area, style: style)
    for line in 0..<area.height {
      let index = state.offset + line
      guard index < rows.count else { break }
      let point = Point(x: area.x, y: area.y + line)
      let isSelected = index == state.selected
      let base = isSelected ? style.merging(highlight) : style
      if isSelected { buffer.fill(area.row(line), style: base) }
      buffer.put(rows[index], at: point, base: base, maxWidth: area.width)
    }
  }
}
