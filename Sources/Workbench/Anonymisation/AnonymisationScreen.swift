import SarapCore
import SarapEngine
import TerminalKit

/// The anonymisation screen: the scan's candidates grouped by text across transcripts, each with
/// its kind, count, transcripts and decision (or the pseudonym `a` would suggest).
enum AnonymisationScreen {
  /// The group rows that fit on a screen of `height` rows (title, header and footer excluded).
  static func listRows(height: Int) -> Int { max(1, height - 3) }

  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    let groups = state.anonymisation.groups
    let open = groups.filter { $0.decision == nil }.count
    let accepted = groups.filter {
      if case .accept = $0.decision { true } else { false }
    }.count
    buffer.putRow(
      "Anonymisation: \(groups.count) text(s), \(open) undecided, \(accepted) accepted",
      in: area, row: 0, style: Styles.focusedTitle)
    guard !groups.isEmpty else {
      buffer.put(
        "No candidates: the scan finds nothing that may identify someone.",
        at: Point(x: area.x + 2, y: area.y + 2), style: Styles.quiet)
      return
    }
    let widths = columns(width: area.width)
    buffer.putRow(
      row(["Text", "Kind", "Count", "Transcripts", "Decision"], widths), in: area, row: 1,
      style: Styles.label)
    let list = state.anonymisation.list
    for line in 0..<listRows(height: area.height) {
      let index = list.offset + line
      guard groups.indices.contains(index) else { break }
      let group = groups[index]
      let cells = [
        group.text, group.kind.rawValue, "\(group.count)",
        group.transcripts.map(\.rawValue).joined(separator: " "), group.decisionText,
      ]
      let style: Style =
        index == list.selected ? Styles.selectedRow : group.decision == nil ? .plain : Styles.quiet
      buffer.putRow(row(cells, widths), in: area, row: 2 + line, style: style)
    }
    buffer.putRow(
      "Key .sarap/anonymisation-key.txt holds the originals: never commit or share it",
      in: area, row: area.height - 1, style: Styles.quiet)
  }

  /// Column widths for text, kind, count and transcripts; the decision takes the rest.
  private static func columns(width: Int) -> [Int] {
    let text = max(12, width * 3 / 10)
    let transcripts = max(10, width / 5)
    return [text, 13, 6, transcripts]
  }

  private static func row(_ cells: [String], _ widths: [Int]) -> String {
    var line = " "
    for (index, cell) in cells.enumerated() {
      guard index < widths.count else {
        line += cell.singleLine
        break
      }
      line += cell.singleLine.padded(to: widths[index] - 1) + " "
    }
    return line
  }
}
