import TerminalKit

/// The rename dialog: a code's Kazakh and English names.
enum RenameDialog {
  static func render(_ dialog: CodebookEditState, in area: Rect, into buffer: inout ScreenBuffer) {
    let frame = ScreenBuffer.centred(Size(width: min(60, area.width - 4), height: 6), in: area)
    let inside = buffer.drawFrame(frame, title: "Rename \(dialog.code)")
    FieldView.render(
      dialog.nameKK, prompt: "Kazakh   ", in: inside.row(0), focused: !dialog.editsEnglish,
      into: &buffer)
    FieldView.render(
      dialog.nameEN, prompt: "English  ", in: inside.row(1), focused: dialog.editsEnglish,
      into: &buffer)
  }
}
