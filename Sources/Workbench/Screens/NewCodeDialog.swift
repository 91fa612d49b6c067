import TerminalKit

/// The new-code dialog: Kazakh and English names, the theme, and what will be coded.
enum NewCodeDialog {
  static func render(
    _ dialog: NewCodeState, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let frame = ScreenBuffer.centred(Size(width: min(66, area.width - 4), height: 9), in: area)
    let inside = buffer.drawFrame(
      frame, title: dialog.range == nil ? "New code" : "New code from the selection")
    FieldView.render(
      dialog.nameKK, prompt: "Kazakh   ", in: inside.row(0), focused: dialog.field == .nameKK,
      into: &buffer)
    FieldView.render(
      dialog.nameEN, prompt: "English  ", in: inside.row(1), focused: dialog.field == .nameEN,
      into: &buffer)
    let theme = dialog.theme.map { state.name(of: $0) } ?? "(none: a new theme)"
    let themeStyle = dialog.field == .theme ? Styles.selectedRow : Style.plain
    let used = buffer.put("Theme    ", at: inside.row(2).origin, style: Styles.label)
    buffer.put(
      "< \(theme) >", at: Point(x: inside.x + used, y: inside.y + 2), style: themeStyle,
      maxWidth: inside.width - used)
    guard let range = dialog.range, let document = state.reader.document else { return }
    let quote = document.text(range).singleLine
    buffer.put(
      "Codes \(document.transcriptID) \(range.start)..\(range.end): «\(quote)»".fitted(
        to: inside.width),
      at: Point(x: inside.x, y: inside.y + 4), style: Styles.quiet)
  }
}
