import TerminalKit

/// The status line: project, coder, transcript, position, question, and the last message.
enum StatusLine {
  static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Styles.status)
    let facts = facts(state).joined(separator: "  ")
    let used = buffer.put(" " + facts, at: rect.origin, style: Styles.status, maxWidth: rect.width)
    guard let message = state.status else { return }
    let room = rect.width - used - 3
    guard room > 8 else { return }
    let text = message.text.singleLine.fitted(to: room)
    let x = rect.maxX - DisplayWidth.of(text) - 1
    buffer.put(
      text, at: Point(x: x, y: rect.y), style: message.kind == .error ? Styles.error : Styles.status
    )
  }

  /// `soft-power  coder: ana  R07  12/340 3%  Q2а`.
  static func facts(_ state: AppState) -> [String] {
    var facts = [
      state.projectName.fitted(to: 24), state.coder.map { "coder: \($0)" } ?? "no coder yet",
    ]
    if state.isReadOnly { facts.append("READ-ONLY") }
    if let document = state.reader.document {
      let rows = document.layout.lines.count
      let row = document.layout.row(ofScalar: state.reader.cursor) + 1
      facts.append(document.transcriptID.rawValue)
      facts.append("\(row)/\(rows) \(rows == 0 ? 0 : row * 100 / rows)%")
    }
    if let question = state.questionAtCursor { facts.append(question.rawValue) }
    if let selection = state.trimmedSelection, state.mode != .browsing {
      facts.append("sel \(selection.start)..\(selection.end)")
    }
    return facts
  }
}
