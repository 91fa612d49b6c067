import TerminalKit

/// One line of editable text after its prompt, scrolled so the cursor stays visible (TerminalKit's
/// ``TerminalKit/TextInput`` draws it).
enum FieldView {
  static func render(
    _ field: TextInput, prompt: String, in line: Rect, focused: Bool,
    into buffer: inout ScreenBuffer
  ) {
    let promptWidth = buffer.put(prompt, at: line.origin, style: Styles.label, maxWidth: line.width)
    let area = line.inset(left: promptWidth)
    guard !area.isEmpty else { return }
    if focused {
      field.render(into: &buffer, area: area, cursorStyle: Styles.cursor)
    } else {
      buffer.put(field.text.singleLine, at: area.origin, maxWidth: area.width)
    }
  }
}
