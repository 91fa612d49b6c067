import SarapCore
import SarapEngine
import TerminalKit

/// The claims screen: every claim of the ledger with a verdict badge, its count of units in
/// scope, what its quantifier needs, and its wording; below, the selected claim's query, scope,
/// source and margin.
enum ClaimsScreen {
  /// Rows under the list for the selected claim's details, on a screen tall enough for them.
  static let detailRows = 3

  /// The claim rows that fit on a screen of `height` rows (title and details excluded).
  static func listRows(height: Int) -> Int {
    max(1, height - 1 - (height >= 12 ? detailRows + 1 : 0))
  }

  /// Renders the claims.
  ///
  /// A claim's verdict counts its own scope (its questions and attributes,
  /// every coder), as `sarap claims check` does, so the workbench filter never changes it; the
  /// title says so while a filter is in force.
  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    let verdicts = state.analysis.claimVerdicts
    let supported = verdicts.filter(\.isSupported).count
    let scope = state.filter == .all ? "" : "; :filter not applied"
    buffer.putRow(
      "Claims: \(supported) of \(verdicts.count) supported (every coder's codings\(scope))",
      in: area, row: 0, style: Styles.focusedTitle)
    guard !verdicts.isEmpty else {
      buffer.put(
        "No claims yet. On the retrieval screen, n turns the query into a claim.",
        at: Point(x: area.x + 2, y: area.y + 2), style: Styles.quiet)
      return
    }
    let list = state.claimsList
    let rows = listRows(height: area.height)
    for row in 0..<rows {
      let index = list.offset + row
      guard verdicts.indices.contains(index) else { break }
      draw(
        verdicts[index], selected: index == list.selected, language: state.language,
        in: Rect(x: area.x, y: area.y + 1 + row, width: area.width, height: 1), into: &buffer)
    }
    guard rows < area.height - 1, let selected = state.selectedClaimVerdict else { return }
    let details = Rect(
      x: area.x, y: area.y + area.height - detailRows, width: area.width, height: detailRows)
    drawDetails(selected, in: details, into: &buffer)
  }

  /// One claim's row: badge, id, count of units in scope, requirement, wording.
  private static func draw(
    _ verdict: ClaimVerdict, selected: Bool, language: Language, in line: Rect,
    into buffer: inout ScreenBuffer
  ) {
    let badge = badge(verdict)
    let figures =
      verdict.problem == nil
      ? "\(verdict.count)/\(verdict.of) \(verdict.requirement)" : "cannot be checked"
    let text =
      " \(verdict.claim.id.rawValue.padded(to: 5)) \(figures.padded(to: 26)) "
      + verdict.claim.wording(in: language).singleLine
    let rest = Rect(x: line.x + 4, y: line.y, width: max(0, line.width - 4), height: 1)
    buffer.put(
      badge.text, at: line.origin, style: selected ? Styles.selectedRow : badge.style, maxWidth: 4)
    buffer.putRow(text, in: rest, row: 0, style: selected ? Styles.selectedRow : .plain)
  }

  /// The selected claim: its query and scope, its source, and how far it is from flipping.
  private static func drawDetails(
    _ verdict: ClaimVerdict, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let claim = verdict.claim
    let scope = scopeText(claim).map { " within \($0)" } ?? ""
    let query = "\(claim.id): \(claim.query)\(scope), counting \(claim.unit.rawValue)"
    let source = claim.source.isEmpty ? "no source given" : claim.source
    let standing =
      verdict.problem.map { "cannot be checked: \($0)" }
      ?? "\(verdict.verdictText), \(verdict.marginText)"
    let evidence =
      verdict.transcripts.isEmpty
      ? "no evidence" : "evidence in " + verdict.transcripts.map(\.rawValue).joined(separator: " ")
    for (row, text) in [query, "\(source) · \(standing)", evidence].enumerated() {
      buffer.putRow(text, in: area, row: row, style: row == 0 ? Styles.label : Styles.quiet)
    }
  }

  /// A claim's scope lines in words (`question Q5; gender=female`); nil when it has none.
  static func scopeText(_ claim: Claim) -> String? {
    var parts = claim.questions.map { "question \($0)" }
    parts += claim.attributes.map { "\($0.name)=\($0.value)" }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  private static func badge(_ verdict: ClaimVerdict) -> (text: String, style: Style) {
    if verdict.problem != nil { return (" !! ", Styles.error) }
    return verdict.isSupported ? (" ok ", Styles.label) : (" no ", Styles.error)
  }
}
