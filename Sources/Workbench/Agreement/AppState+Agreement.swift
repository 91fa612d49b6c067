import SarapCore
import SarapEngine

extension AppState {
  /// The agreement report's and the disagreements screen's commands.
  mutating func performAgreementCommand(_ command: Command.AgreementCommand, now: Timestamp)
    -> Outcome
  {
    switch (command, mode) {
    case (.agreementReport, .reports):
      reports.kind = .agreement
      reports.scroll = TableScroll()
      refreshReport(force: true)
      return .redraw
    case (.reviewDisagreements, .reports) where reports.kind == .agreement:
      return showDisagreements()
    case (.openDisagreement, .disagreements): return openDisagreement()
    case (.adoptA, .disagreements): return adopt(.a, now: now)
    case (.adoptB, .disagreements): return adopt(.b, now: now)
    case (.adoptBoth, .disagreements): return adopt(.both, now: now)
    case (.adoptNeither, .disagreements): return adopt(.neither, now: now)
    default: return .none
    }
  }

  /// The agreement report on screen, if it is the one shown.
  var agreementReport: AgreementReport? {
    reports.current?.value(as: AgreementReport.self)
  }

  /// The disagreement selected on the disagreements screen.
  var selectedDisagreement: Disagreement? {
    let items = reports.agreement.disagreements
    return items.indices.contains(reports.agreement.list.selected)
      ? items[reports.agreement.list.selected] : nil
  }

  /// Recomputes the disagreements listed for the chosen code (SarapEngine).
  mutating func refreshDisagreements() {
    guard let key = reports.agreement.key, let pair = reports.agreement.pair(in: project) else {
      reports.agreement.disagreements = []
      return
    }
    reports.agreement.disagreements = analysis.corpus.disagreements(
      between: pair.a, and: pair.b, on: key, by: reports.grouping, unit: reports.agreement.unit)
    reports.agreement.list.move(
      by: 0, count: reports.agreement.disagreements.count,
      visibleRows: DisagreementsScreen.visibleItems(height: size.height - 2))
  }

  /// j/k/g/G on the agreement report: the selected row.
  mutating func moveAgreementRow(_ motion: Command.Motion) -> Outcome {
    let count = agreementReport?.listedRows.count ?? 0
    reports.agreement.rows = Self.moved(
      reports.agreement.rows, motion, count: count, rows: max(1, size.height - 8))
    return .redraw
  }

  /// j/k/g/G on the disagreements screen: the selected disagreement.
  mutating func moveDisagreement(_ motion: Command.Motion) -> Outcome {
    reports.agreement.list = Self.moved(
      reports.agreement.list, motion, count: reports.agreement.disagreements.count,
      rows: DisagreementsScreen.visibleItems(height: size.height - 2))
    return .redraw
  }

  /// Enter on the agreement report: lists the selected code's disagreements.
  private mutating func showDisagreements() -> Outcome {
    let rows = agreementReport?.listedRows ?? []
    guard rows.indices.contains(reports.agreement.rows.selected) else {
      status = .error("No code to review: the two coders coded nothing in common scope")
      return .redraw
    }
    reports.agreement.key = rows[reports.agreement.rows.selected].key
    reports.agreement.list = ListPosition()
    refreshDisagreements()
    push(.disagreements)
    return .redraw
  }

  /// Enter on a disagreement: the reader at its place, with both coders' stripes in the gutter.
  private mutating func openDisagreement() -> Outcome {
    guard let item = selectedDisagreement, let pair = reports.agreement.pair(in: project) else {
      return .none
    }
    reports.agreement.compared = ComparedCoders(a: pair.a, b: pair.b)
    closeAllModes()
    focus = .reader
    let start = (item.a + item.b).map(\.start).min() ?? item.place.start
    openTranscript(item.transcript, at: start)
    refreshOverlay()
    status = StatusMessage("Comparing \(pair.a) (left stripes) and \(pair.b) (right); Esc ends it")
    return .redraw
  }

  /// Esc while comparing: the gutter shows the usual stripes again.
  mutating func endComparison() -> Bool {
    guard reports.agreement.compared != nil, mode == .browsing else { return false }
    reports.agreement.compared = nil
    refreshOverlay()
    status = StatusMessage("Comparison ended")
    return true
  }
}
