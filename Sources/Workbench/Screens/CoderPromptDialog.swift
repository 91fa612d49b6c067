import TerminalKit

/// The prompt for the coder's name, asked before the first edit.
enum CoderPromptDialog {
  static func render(_ prompt: CoderPromptState, in area: Rect, into buffer: inout ScreenBuffer) {
    let frame = ScreenBuffer.centred(Size(width: min(64, area.width - 4), height: 8), in: area)
    let inside = buffer.drawFrame(frame, title: "Who is coding?")
    buffer.put(
      "Sarap records your name on every coding and edit.", at: inside.row(0).origin,
      maxWidth: inside.width)
    FieldView.render(
      prompt.field, prompt: "Name  ", in: inside.row(2), focused: true, into: &buffer)
    if let problem = prompt.problem {
      buffer.put(
        problem.fitted(to: inside.width), at: inside.row(3).origin, style: Styles.error)
    }
    buffer.put(
      "Remembered for this project; :coder NAME changes it.", at: inside.row(5).origin,
      style: Styles.quiet, maxWidth: inside.width)
  }
}
