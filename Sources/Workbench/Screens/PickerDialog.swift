import TerminalKit

/// The fuzzy picker: the typed filter, then the matching entries, best first.
enum PickerDialog {
  static func render(
    _ picker: PickerState, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let size = Size(width: min(64, area.width - 4), height: min(22, area.height - 2))
    let frame = ScreenBuffer.centred(size, in: area)
    let count = "\(picker.visible.count)/\(picker.items.count)"
    let inside = buffer.drawFrame(frame, title: "\(state.title(of: picker.purpose))  \(count)")
    FieldView.render(picker.query, prompt: "> ", in: inside.row(0), focused: true, into: &buffer)
    let previews = picker.items.contains { !$0.preview.isEmpty }
    let rows = inside.height - 2 - (previews ? 2 : 0)
    var list = picker.list
    list.move(by: 0, count: picker.visible.count, visibleRows: rows)
    for line in 0..<max(0, rows) {
      let index = list.offset + line
      guard picker.visible.indices.contains(index) else { break }
      let item = picker.items[picker.visible[index]]
      draw(
        item, in: inside.row(line + 2), selected: index == list.selected, state: state,
        into: &buffer)
    }
    if previews {
      buffer.fill(inside.row(inside.height - 2), with: "─", style: Styles.quiet)
      drawPreview(picker, in: inside.row(inside.height - 1), into: &buffer)
    }
  }

  /// The highlighted entry's preview (a code's definition) on the picker's last row.
  private static func drawPreview(
    _ picker: PickerState, in line: Rect, into buffer: inout ScreenBuffer
  ) {
    guard let item = picker.chosen else { return }
    let text = item.preview.isEmpty ? "(no definition)" : item.preview.singleLine
    buffer.put(text.fitted(to: line.width), at: line.origin, style: Styles.quiet)
  }

  private static func draw(
    _ item: PickerItem, in line: Rect, selected: Bool, state: AppState,
    into buffer: inout ScreenBuffer
  ) {
    let style = selected ? Styles.selectedRow : Style.plain
    buffer.fill(line, style: style)
    var x = line.x + 2 * item.depth
    if let colour = item.colour, state.colourEnabled {
      buffer.put(" ", at: Point(x: x, y: line.y), style: Styles.swatch(colour))
    }
    x += 2
    x += buffer.put(
      item.title.singleLine, at: Point(x: x, y: line.y), style: style, maxWidth: line.maxX - x)
    guard !item.detail.isEmpty, x + 3 < line.maxX else { return }
    buffer.put(
      item.detail.singleLine.fitted(to: line.maxX - x - 2), at: Point(x: x + 2, y: line.y),
      style: selected ? style : Styles.quiet)
  }
}
