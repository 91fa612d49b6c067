import SarapCore
import TerminalKit

/// The transcript list: id, coded segments, and the respondent's known attributes, each with its
/// name (`studied-abroad: Russia`) so that it does not read as a code.
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

  /// `▸R07*   12 studied-abroad: Russia`: open marker, id (`*` when it has a memo), coded
  /// segments, the known attributes with their names; where they do not fit, the names are
  /// shortened first (`stud…: Russia`), so the values stay whole.
  static func line(_ transcript: Transcript, count: Int, isOpen: Bool, width: Int) -> String {
    let known = transcript.attributes.compactMap { attribute -> (String, String)? in
      if case .known(let value) = attribute.value { return (attribute.name, value) }
      return nil
    }
    let head =
      (isOpen ? "▸" : " ")
      + (transcript.id.rawValue + (transcript.memo.isEmpty ? "" : "*"))
      .padded(to: 5)
      + String(count).rightAligned(in: 4)
    let room = width - DisplayWidth.of(head) - 1
    return (head + " " + labels(known, width: room)).fitted(to: width)
  }

  /// `name: value, …` in `width` cells, the names cut to an equal share of what the values
  /// leave (at least two cells each: a letter and `…`), else the values alone.
  static func labels(_ attributes: [(name: String, value: String)], width: Int) -> String {
    let full = attributes.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
    guard DisplayWidth.of(full) > width, !attributes.isEmpty else { return full }
    let fixed =
      attributes.reduce(0) { $0 + DisplayWidth.of($1.value) + 2 } + 2 * (attributes.count - 1)
    let share = (width - fixed) / attributes.count
    guard share >= 2 else { return attributes.map(\.value).joined(separator: ", ") }
    return attributes.map { "\($0.name.fitted(to: share)): \($0.value)" }.joined(separator: ", ")
  }
}
