import TerminalKit

/// The status line: project, coder, transcript, position, question, and the last message.
///
/// A message never loses its end: the facts make room for it (the coder's name stays), a message
/// longer than that takes the whole line, and the hint line too when it needs it (until the
/// next key).
enum StatusLine {
  static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Styles.status)
    let text = state.status.map { $0.text.singleLine }
    let facts = shownFacts(state, beside: text, width: rect.width)
    buffer.put(
      " " + facts.joined(separator: "  "), at: rect.origin, style: Styles.status,
      maxWidth: rect.width)
    guard let message = state.status, let text, fits(text, beside: facts, width: rect.width)
    else { return }
    let x = rect.maxX - DisplayWidth.of(text) - 1
    buffer.put(text, at: Point(x: x, y: rect.y), style: style(of: message))
  }

  /// Draws a message too long to sit beside even the coder's name.
  ///
  /// Alone on the status line when it fits there, else wrapped over the status and hint lines,
  /// the second ending in `…` only when even two lines are too few (`:messages` keeps it
  /// whole). Does nothing for a message that fitted.
  static func renderOverflow(
    _ state: AppState, status: Rect, hints: Rect, into buffer: inout ScreenBuffer
  ) {
    guard let message = state.status else { return }
    let text = message.text.singleLine
    let facts = shownFacts(state, beside: text, width: status.width)
    guard !fits(text, beside: facts, width: status.width) else { return }
    let style = style(of: message)
    let width = max(1, status.width - 2)
    if DisplayWidth.of(text) <= width {
      buffer.fill(status, style: style)
      buffer.put(text, at: Point(x: status.x + 1, y: status.y), style: style)
      return
    }
    let area = Rect(x: status.x + 1, y: status.y, width: width, height: 2)
    buffer.fill(status, style: style)
    buffer.fill(hints, style: style)
    let words = StyledWords(text: text, style: style, width: width)
    _ = words.draw(into: &buffer, in: area, from: 0)
    if words.rows.count > 2 {
      buffer.put("…", at: Point(x: area.maxX - 1, y: area.maxY - 1), style: style)
    }
  }

  /// The facts shown beside `message`: all of them when it fits, else fewer so that it does
  /// (the transcript, position, question and selection go first, then the project's name),
  /// never the coder or READ-ONLY.
  static func shownFacts(_ state: AppState, beside message: String?, width: Int) -> [String] {
    let all = facts(state)
    guard let message else { return all }
    let named = Array(all.prefix(state.isReadOnly ? 3 : 2))
    for facts in [all, named, Array(named.dropFirst())]
    where fits(message, beside: facts, width: width) {
      return facts
    }
    return all
  }

  /// Whether `message` fits right-aligned beside `facts` on a line `width` wide.
  private static func fits(_ message: String, beside facts: [String], width: Int) -> Bool {
    let room = width - DisplayWidth.of(" " + facts.joined(separator: "  ")) - 3
    return room > 8 && DisplayWidth.of(message) <= room
  }

  private static func style(of message: StatusMessage) -> Style {
    message.kind == .error ? Styles.error : Styles.status
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
