import SarapCore
import TerminalKit

/// The reader: the open transcript wrapped by display width, turns' labels in bold, coded text
/// tinted in its code's colour, the selection reversed, the cursor marked, and a gutter of
/// coding stripes beside the text.
enum ReaderPane {
  static func render(_ state: AppState, layout: WorkbenchLayout, into buffer: inout ScreenBuffer) {
    let focused = state.focus == .reader && !state.mode.isFullScreen
    buffer.putRow(
      title(state), in: layout.reader, row: 0, style: focused ? Styles.focusedTitle : Styles.title)
    guard let document = state.reader.document else {
      buffer.put("No transcript open", at: layout.text.origin, style: Styles.quiet)
      return
    }
    let rows = document.layout.lines.count
    for screenRow in 0..<layout.text.height {
      let row = state.reader.top + screenRow
      guard row < rows else { break }
      let line = RowPainter(
        state: state, document: document, row: row, y: layout.text.y + screenRow)
      line.paintText(in: layout.text, into: &buffer)
      GutterView(state: state, row: row, isFirst: screenRow == 0)
        .render(in: layout.gutter.row(screenRow), into: &buffer)
    }
  }

  /// `R07 · Respondent 7 …` with the question at the cursor.
  static func title(_ state: AppState) -> String {
    guard let transcript = state.openTranscript else { return "Reader" }
    let question = state.questionAtCursor.map { " [\($0)]" } ?? ""
    let name = transcript.title.isEmpty ? "" : " " + transcript.title
    if let compared = state.reports.agreement.compared {
      return "\(transcript.id)\(question) · stripes: \(compared.a) | \(compared.b)"
    }
    return "\(transcript.id)\(question)\(name)"
  }
}
