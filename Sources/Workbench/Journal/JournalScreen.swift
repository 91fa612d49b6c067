import SarapCore
import TerminalKit

/// The research journal, newest entry first: each entry's date and coder, then its text wrapped
/// with its line breaks kept, scrollable.
enum JournalScreen {
  /// One row of the journal as drawn: its text, style and indent.
  struct Row: Equatable {
    var text: String
    var style: Style
    var indent: Int
  }

  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    let entries = state.project.journal.entries
    let count = "\(entries.count) \(entries.count == 1 ? "entry" : "entries")"
    buffer.putRow(
      "Research journal: \(count), newest first", in: area, row: 0, style: Styles.focusedTitle)
    let note =
      entries.isEmpty
      ? "No entry yet: a writes the first (kept in Codebooks/journal.txt, shared through git)."
      : "a adds an entry, e edits your latest; Codebooks/journal.txt"
    buffer.put(
      note, at: Point(x: area.x + 1, y: area.y + 1), style: Styles.quiet,
      maxWidth: area.width - 2)
    let rows = layout(state.project.journal, width: textWidth(area.width)).rows
    let height = max(0, area.height - 2)
    let scroll = min(state.journalScroll, max(0, rows.count - height))
    for line in 0..<height where scroll + line < rows.count {
      let row = rows[scroll + line]
      buffer.put(
        row.text, at: Point(x: area.x + 1 + row.indent, y: area.y + 2 + line), style: row.style,
        maxWidth: max(0, area.width - 2 - row.indent))
    }
  }

  /// The rows of every entry, newest first, and the row each entry starts on.
  static func layout(_ journal: Journal, width: Int) -> (rows: [Row], starts: [Int]) {
    var rows: [Row] = []
    var starts: [Int] = []
    for entry in journal.newestFirst {
      starts.append(rows.count)
      rows.append(Row(text: heading(entry), style: Styles.label, indent: 0))
      let text = entry.text.replacingTabs()
      let wrapped = TextLayout(text: text, width: max(1, width - 2))
      for index in wrapped.lines.indices {
        let line = String(wrapped.text(ofRow: index)).trimmingTrailingLineBreak()
        rows.append(Row(text: line, style: .plain, indent: 2))
      }
      rows.append(Row(text: "", style: .plain, indent: 0))
    }
    return (rows, starts)
  }

  /// `2026-12-03 15:35 UTC · ana`, and when the entry was edited.
  static func heading(_ entry: JournalEntry) -> String {
    let edited = entry.edited.map { " · edited \(shortTime($0))" } ?? ""
    return "\(shortTime(entry.time)) · \(entry.coder)\(edited)"
  }

  /// A time to the minute: `2026-12-03 15:35 UTC`.
  static func shortTime(_ time: Timestamp) -> String {
    let text = time.rawValue
    guard text.unicodeScalars.count >= 16 else { return text }
    return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5)) + " UTC"
  }

  /// The first row of an entry on the journal screen of a state (0 when absent).
  static func firstRow(of entry: JournalEntry, in state: AppState) -> Int {
    let journal = state.project.journal
    guard let index = journal.newestFirst.firstIndex(of: entry) else { return 0 }
    return layout(journal, width: textWidth(state.size.width)).starts[index]
  }

  /// The furthest the journal screen of a state scrolls.
  static func lastScroll(_ state: AppState) -> Int {
    let rows = layout(state.project.journal, width: textWidth(state.size.width)).rows.count
    return max(0, rows - max(0, state.size.height - 4))
  }

  private static func textWidth(_ width: Int) -> Int { max(1, width - 2) }
}

extension String {
  /// The text with each tab shown as four spaces (the stored text keeps its tabs).
  fileprivate func replacingTabs() -> String {
    split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
  }

  /// The text without the line break a wrapped row ends in.
  fileprivate func trimmingTrailingLineBreak() -> String {
    hasSuffix("\n") ? String(dropLast()) : self
  }
}
