import TerminalKit

/// A yes/no question.
enum ConfirmDialog {
  static func render(_ question: Confirmation, in area: Rect, into buffer: inout ScreenBuffer) {
    let width = min(max(DisplayWidth.of(question.question) + 6, 30), area.width - 4)
    let frame = ScreenBuffer.centred(Size(width: width, height: 5), in: area)
    let inside = buffer.drawFrame(frame, title: "Confirm")
    buffer.put(question.question, at: inside.origin, maxWidth: inside.width)
    buffer.put("y yes   n no", at: Point(x: inside.x, y: inside.y + 1), style: Styles.key)
  }
}
