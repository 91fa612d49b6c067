import SarapCore
import TerminalKit

/// The transcript list: id, coded segments, and the respondent's known attributes.
enum TranscriptListPane {
  static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let focused = state.focus == .transcripts && !state.mode.isFullScreen
    let title = "Transcripts (\(state.project.transcripts.count))"
    buffer.putRow(title, in: rect, row: 0, style: focused ? Styles.focusedTitle : Styles.title)
    let list = state.transcriptList
    let open = state.reader.document?.transcriptID
    for row in 1..<max(1, rect.height) {
      let index = list.offset + row - 1
      guard state.project.transcripts.indices.contains(index) else { break }
      let transcript = state.project.transcripts[index]
      let count = state.analysis.transcriptCounts[transcript.id] ?? 0
      let text = line(transcript, count: count, isOpen: transcript.id == open, width: rect.width)
      let style: Style =
        index == list.selected ? (focused ? Styles.selectedRow : Styles.inactiveRow) : .plain
      buffer.putRow(text, in: rect, row: row, style: style)
    }
  }

  /// `▸R07    12 Russia, yes`: open marker, id, coded segments, known attribute values.
  static func line(_ transcript: Transcript, count: Int, isOpen: Bool, width: Int) -> String {
    let known = transcript.attributes.compactMap { attribute -> String? in
      if case .known(let value) = attribute.value { return value }
      return nil
    }
    let head =
      (isOpen ? "▸" : " ") + transcript.id.rawValue.padded(to: 5)
      + String(count).rightAligned(in: 4)
    return (head + " " + known.joined(separator: ", ")).fitted(to: width)
  }
}
