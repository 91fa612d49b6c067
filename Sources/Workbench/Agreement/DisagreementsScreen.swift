import SarapCore
import SarapEngine
import TerminalKit

/// The disagreements of two coders on one code or theme: where each is, what each coder coded
/// there, and what the consensus coder has taken so far.
enum DisagreementsScreen {
  /// Rows each disagreement takes: header, A, B, a blank.
  static let rowsPerItem = 4

  /// How many disagreements fit on a screen of `height` rows.
  static func visibleItems(height: Int) -> Int { max(1, (height - 1) / rowsPerItem) }

  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    let agreement = state.reports.agreement
    let items = agreement.disagreements
    let key = agreement.key.map { state.name(of: $0) } ?? ""
    buffer.putRow(
      "Disagreements on \(key): \(items.count) (\(agreement.unit.name))", in: area, row: 0,
      style: Styles.focusedTitle)
    guard !items.isEmpty, let pair = agreement.pair(in: state.project) else {
      buffer.put(
        "The two coders agree everywhere on this code.", at: Point(x: area.x + 2, y: area.y + 2),
        style: Styles.quiet)
      return
    }
    for slot in 0..<visibleItems(height: area.height) {
      let index = agreement.list.offset + slot
      guard items.indices.contains(index) else { break }
      let block = Rect(
        x: area.x, y: area.y + 1 + slot * rowsPerItem, width: area.width, height: rowsPerItem)
      draw(
        items[index], pair: pair, selected: index == agreement.list.selected, state: state,
        in: block, into: &buffer)
    }
  }

  private static func draw(
    _ item: Disagreement, pair: (a: Coder.ID, b: Coder.ID), selected: Bool, state: AppState,
    in block: Rect, into buffer: inout ScreenBuffer
  ) {
    let side = item.b.isEmpty ? "A only" : item.a.isEmpty ? "B only" : "boundaries differ"
    let header =
      "\(item.transcript) \(item.place.start)..\(item.place.end)  \(side)  "
      + "\(state.reports.agreement.into): \(settled(item, pair: pair, state: state))"
    buffer.putRow(header, in: block, row: 0, style: selected ? Styles.selectedRow : Styles.label)
    let body = state.project.transcript(item.transcript)?.body
    for (row, (name, ranges)) in [
      ("A " + pair.a.rawValue, item.a), ("B " + pair.b.rawValue, item.b),
    ]
    .enumerated() {
      let y = block.y + 1 + row
      buffer.put("  " + name.fitted(to: 14), at: Point(x: block.x, y: y), style: Styles.quiet)
      let text =
        ranges.isEmpty
        ? "(not coded)"
        : ranges.compactMap { range in body.map { $0[range].singleLine } }.joined(separator: " … ")
      buffer.put(
        text, at: Point(x: block.x + 18, y: y), style: ranges.isEmpty ? Styles.quiet : .plain,
        maxWidth: block.width - 18)
    }
  }

  /// What the consensus coder has at the place: the same as `A`, as `B`, as `both`, nothing
  /// (`neither`), something else (`other`), or `—` before the consensus coder exists.
  static func settled(
    _ item: Disagreement, pair: (a: Coder.ID, b: Coder.ID), state: AppState
  ) -> String {
    guard let key = state.reports.agreement.key else { return "—" }
    let ranges = { (coder: Coder.ID) in
      Set(state.codings(at: item, key: key, coder: coder).map { "\($0.range) \($0.code)" })
    }
    let consensus = ranges(state.reports.agreement.into)
    let a = ranges(pair.a)
    let b = ranges(pair.b)
    guard state.project.coders.contains(state.reports.agreement.into) else { return "—" }
    if consensus == a { return "A" }
    if consensus == b { return "B" }
    if consensus == a.union(b) { return "both" }
    return consensus.isEmpty ? "neither" : "other"
  }
}
