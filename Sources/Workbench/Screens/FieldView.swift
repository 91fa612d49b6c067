import TerminalKit

/// One line of editable text with its cursor, scrolled so the cursor stays visible.
enum FieldView {
  static func render(
    _ field: TextField, prompt: String, in line: Rect, focused: Bool,
    into buffer: inout ScreenBuffer
  ) {
    let promptWidth = buffer.put(prompt, at: line.origin, style: Styles.label, maxWidth: line.width)
    let room = line.width - promptWidth - 1
    guard room > 0 else { return }
    let characters = Array(field.text.singleLine)
    var start = 0
    while start < field.cursor,
      DisplayWidth.of(String(characters[start..<field.cursor])) >= room
    {
      start += 1
    }
    let shown = String(characters[start...])
    let x = line.x + promptWidth
    buffer.put(shown, at: Point(x: x, y: line.y), maxWidth: room + 1)
    guard focused else { return }
    let cursorX = x + DisplayWidth.of(String(characters[start..<field.cursor]))
    guard cursorX < line.maxX else { return }
    let style = buffer[cursorX, line.y].style.merging(Styles.cursor)
    buffer.setStyle(style, in: Rect(x: cursorX, y: line.y, width: 1, height: 1))
  }
}
