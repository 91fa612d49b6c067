import SarapCore
import TerminalKit

/// The memo and definition editor: the text wrapped by display width, the cursor shown.
enum TextEditorDialog {
  static func render(
    _ editor: TextEditorState, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let size = Size(width: min(76, area.width - 4), height: min(16, area.height - 2))
    let frame = ScreenBuffer.centred(size, in: area)
    let inside = buffer.drawFrame(frame, title: title(editor.target) + "  (Ctrl-S saves)")
    let text = editor.field.text
    let layout = TextLayout(text: text, width: max(1, inside.width))
    let cursorScalar = text.prefix(editor.field.cursor).unicodeScalars.count
    let cursor = layout.position(ofScalar: cursorScalar)
    let top = max(0, cursor.y - inside.height + 1)
    for line in 0..<inside.height where top + line < layout.lines.count {
      buffer.put(
        String(layout.text(ofRow: top + line)), at: inside.row(line).origin, maxWidth: inside.width)
    }
    let point = Point(x: inside.x + min(cursor.x, inside.width - 1), y: inside.y + cursor.y - top)
    let style = buffer[point.x, point.y].style.merging(Styles.cursor)
    buffer.setStyle(style, in: Rect(origin: point, size: Size(width: 1, height: 1)))
  }

  static func title(_ target: TextEditorState.Target) -> String {
    switch target {
    case .codingMemo(let coding):
      "Memo on \(coding.transcript) \(coding.range.start)..\(coding.range.end) \(coding.code)"
    case .codeMemo(let id): "Memo on code \(id)"
    case .codeDefinition(let id): "Definition of \(id)"
    case .transcriptMemo(let id): "Memo on \(id)"
    case .newClaim(let query): "Claim on \(query): its wording"
    case .pseudonym(let text, _, let scope):
      "Pseudonym for \(text)"
        + (scope.isEmpty ? "" : " in " + scope.map(\.rawValue).joined(separator: " "))
    case .journalEntry(nil): "New journal entry"
    case .journalEntry(let entry?): "Journal entry of \(entry.time)"
    }
  }
}
