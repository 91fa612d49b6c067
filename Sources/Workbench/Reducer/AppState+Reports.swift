import SarapCore
import SarapEngine

extension AppState {
  /// The reports screen's commands: which report, codes or themes, unit, coder, export.
  mutating func performReportCommand(_ command: Command.ReportCommand) -> Outcome {
    switch command {
    case .nextReport: reports.kind = reports.kind.next
    case .frequencyReport: reports.kind = .frequency
    case .coOccurrenceReport: reports.kind = .coOccurrence
    case .themeMatrixReport: reports.kind = .themeMatrix
    case .switchGrouping: reports.grouping = reports.grouping == .code ? .theme : .code
    case .switchUnit: switchUnit()
    case .switchCoder where reports.kind == .agreement: switchAgreementCoder()
    case .switchCoder: filter.coders = Self.next(after: filter.coders, in: project.coders)
    case .exportReport:
      push(.commandLine(CommandLineState(.command, text: "export ")))
      return .redraw
    case .editFilter:
      let current = FilterText.text(of: filter)
      push(.commandLine(CommandLineState(.command, text: "filter \(current)")))
      return .redraw
    }
    reports.scroll = TableScroll()
    refreshReport()
    return .redraw
  }

  /// `R`: computes the report for the current choices and opens the reports screen.
  mutating func showReports() {
    reports.current = nil
    refreshReport(force: true)
    push(.reports)
  }

  /// Recomputes the report on screen (SarapEngine) after a choice or the project changed.
  mutating func refreshReport(force: Bool = false) {
    guard force || reports.current != nil else { return }
    reports.current = ReportDocument.compute(reports, filter: filter, corpus: analysis.corpus)
    refreshDisagreements()
  }

  /// Scrolls the report table, never past its last row or column.
  mutating func scrollReport(_ motion: Command.Motion) {
    let rows = max(0, (reports.current?.rowCount ?? 0) - 1)
    let columns = max(0, (reports.current?.columnCount ?? 0) - 1)
    var scroll = reports.scroll
    switch motion {
    case .moveDown: scroll.row += 1
    case .moveUp: scroll.row -= 1
    case .moveRight: scroll.column += 1
    case .moveLeft: scroll.column -= 1
    default: break
    }
    reports.scroll = TableScroll(
      row: min(max(0, scroll.row), rows), column: min(max(0, scroll.column), columns))
  }

  /// `U`: the next co-occurrence unit, or the other theme-matrix cell, as the kind reads.
  private mutating func switchUnit() {
    let settings = reports.kind.definition.settings
    if settings.contains(.unit) {
      let units = ReportsState.units
      let index = units.firstIndex(of: reports.unit) ?? 0
      reports.unit = units[(index + 1) % units.count]
    } else if settings.contains(.cell) {
      reports.cell = reports.cell == .segments ? .presence : .segments
    } else if settings.contains(.agreementUnit) {
      let units = AgreementState.units
      let index = units.firstIndex(of: reports.agreement.unit) ?? 0
      reports.agreement.unit = units[(index + 1) % units.count]
    }
  }

  /// `o` on the agreement report: coder B becomes the next coder other than A and the consensus.
  private mutating func switchAgreementCoder() {
    guard let pair = reports.agreement.pair(in: project) else { return }
    let others = project.coders.filter { $0 != pair.a && $0 != reports.agreement.into }
    let index = others.firstIndex(of: pair.b) ?? 0
    reports.agreement.coderA = pair.a
    reports.agreement.coderB = others.isEmpty ? nil : others[(index + 1) % others.count]
  }

  /// The coder after `current` in `coders`, nil (everyone) after the last.
  static func next(after current: Coder.ID?, in coders: [Coder.ID]) -> Coder.ID? {
    guard let current else { return coders.first }
    guard let index = coders.firstIndex(of: current), index + 1 < coders.count else { return nil }
    return coders[index + 1]
  }

  /// `o`: the filter's coders become the next single coder, nil (everyone) after the last; a
  /// filter of several coders (from `:filter`) goes on from the first of them.
  static func next(after current: Set<Coder.ID>?, in coders: [Coder.ID]) -> Set<Coder.ID>? {
    let first = current.flatMap { set in coders.first { set.contains($0) } }
    return next(after: first, in: coders).map { [$0] }
  }
}
