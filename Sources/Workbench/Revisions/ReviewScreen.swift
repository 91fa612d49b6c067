import SarapCore
import SarapEngine
import TerminalKit

/// The review screen: every coding a transcript revision flagged, with the text it covered
/// before and the text its proposed (or adjusted) range covers now, in context.
enum ReviewScreen {
  /// Rows each coding takes: header, before, now, a blank.
  static let rowsPerItem = 4
  /// Characters of context shown on each side of the new text.
  static let reach = 30
  static let before = Style(foreground: .red, bold: true)
  static let proposed = Style(foreground: .green, bold: true, underline: true)

  /// How many codings fit on a screen of `height` rows.
  static func visibleItems(height: Int) -> Int { max(1, (height - 3) / rowsPerItem) }

  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    let items = state.reviewItems
    let title = "Review: \(items.count) coding(s) whose text changed since they were coded"
    buffer.putRow(title, in: area, row: 0, style: Styles.focusedTitle)
    guard !items.isEmpty else {
      buffer.put(
        "No codings await review.", at: Point(x: area.x + 2, y: area.y + 2), style: Styles.quiet)
      return
    }
    let list = state.revisions.review
    let selected = min(list.selected, items.count - 1)
    for slot in 0..<((area.height - 1) / rowsPerItem) {
      let index = list.offset + slot
      guard items.indices.contains(index) else { break }
      let block = Rect(
        x: area.x, y: area.y + 1 + slot * rowsPerItem, width: area.width, height: rowsPerItem)
      let range = index == selected ? state.revisions.adjusted : nil
      draw(
        items[index], adjusted: range, selected: index == selected, state: state, in: block,
        into: &buffer)
    }
  }

  private static func draw(
    _ item: ReviewItem, adjusted: TextRange?, selected: Bool, state: AppState, in block: Rect,
    into buffer: inout ScreenBuffer
  ) {
    let coding = item.coding
    let range = adjusted ?? coding.range
    var header =
      "\(coding.transcript) \(range.start)..\(range.end)  \(state.name(of: coding.code))"
      + "  (\(coding.coder))"
    if let note = item.note { header += "  revision \(note.revision)" }
    if adjusted != nil { header += "  adjusted: a or Enter accepts it, j/k or Esc drops it" }
    buffer.putRow(header, in: block, row: 0, style: selected ? Styles.selectedRow : Styles.label)
    let width = block.width - 10
    buffer.put("  before", at: Point(x: block.x, y: block.y + 1), style: Styles.quiet)
    let old = item.note?.oldText.singleLine ?? "(not recorded: changed outside sarap revise)"
    buffer.put(
      old, at: Point(x: block.x + 10, y: block.y + 1),
      style: item.note == nil ? Styles.quiet : before,
      maxWidth: width)
    buffer.put("  now", at: Point(x: block.x, y: block.y + 2), style: Styles.quiet)
    guard let body = state.project.transcript(coding.transcript)?.body, body.contains(range)
    else { return }
    let lead = body[TextRange(start: max(0, range.start - reach), end: range.start)].singleLine
    let text = range.isEmpty ? "(empty)" : body[range].singleLine
    let trail = body[TextRange(start: range.end, end: min(body.scalarCount, range.end + reach))]
      .singleLine
    var x = block.x + 10
    let limit = block.x + 10 + width
    for (part, style) in [
      ("…" + lead, Styles.quiet), (text, proposed), (trail + "…", Styles.quiet),
    ] {
      guard x < limit else { break }
      x += buffer.put(part, at: Point(x: x, y: block.y + 2), style: style, maxWidth: limit - x)
    }
  }
}
