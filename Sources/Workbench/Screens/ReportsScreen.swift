import SarapCore
import SarapEngine
import TerminalKit

/// The reports screen: the reports registered with a screen as tabs, the choices that shape them, and the report
/// SarapEngine computed (the screen draws it; it never computes).
enum ReportsScreen {
  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    drawTabs(state.reports.kind, in: area.row(0), into: &buffer)
    buffer.putRow(choices(state), in: area, row: 1, style: Styles.quiet)
    let table = area.inset(top: 3)
    guard let report = state.reports.current else {
      if state.reports.kind == .agreement {
        buffer.put(
          "Agreement compares two coders; this project has fewer.",
          at: Point(x: table.x + 2, y: table.y + 1), style: Styles.quiet)
      }
      return
    }
    switch report.screen {
    case .frequencyTable:
      guard let frequencies = report.value(as: FrequencyReport.self) else { return }
      FrequencyTableView.render(frequencies, state: state, in: table, into: &buffer)
    case .heatMap:
      guard let coOccurrence = report.value(as: CoOccurrenceReport.self) else { return }
      HeatMapView.render(coOccurrence, state: state, in: table, into: &buffer)
    case .themeMatrix:
      guard let matrix = report.value(as: ThemeMatrix.self) else { return }
      ThemeMatrixView.render(matrix, state: state, in: table, into: &buffer)
    case .agreementList:
      guard let agreement = report.value(as: AgreementReport.self) else { return }
      AgreementListView.render(agreement, state: state, in: table, into: &buffer)
    case .table, nil:
      ReportTableView.render(report, state: state, in: table, into: &buffer)
    }
  }

  private static func drawTabs(_ kind: ReportKind, in line: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(line, style: Styles.title)
    var x = line.x
    x += buffer.put("Reports ", at: line.origin, style: Styles.title)
    for (number, tab) in ReportKind.allCases.enumerated() {
      let text = " \(number + 1) \(tab.title) "
      x += buffer.put(
        text, at: Point(x: x, y: line.y), style: tab == kind ? Styles.focusedTitle : Styles.title,
        maxWidth: line.maxX - x)
    }
  }

  /// `by themes · unit overlap · coder all · names kk`.
  static func choices(_ state: AppState) -> String {
    let reports = state.reports
    var parts = ["by \(reports.grouping == .theme ? "themes" : "codes")"]
    let settings = reports.kind.definition.settings
    if settings.contains(.unit) { parts.append("unit \(unitName(reports.unit))") }
    if settings.contains(.cell) { parts.append("cells \(reports.cell.rawValue)") }
    if settings.contains(.agreementUnit) {
      parts.append("unit \(reports.agreement.unit.name)")
      if let pair = reports.agreement.pair(in: state.project) {
        parts.append("A \(pair.a)   B \(pair.b)   into \(reports.agreement.into)   Enter: review")
      }
    } else {
      parts.append(FilterText.summary(of: state.filter))
    }
    parts.append("names \(state.language.rawValue)")
    return parts.joined(separator: "   ")
  }

  static func unitName(_ unit: CoOccurrenceUnit) -> String {
    switch unit {
    case .overlap: "overlap"
    case .near(.characters(let count)): "within \(count) characters"
    case .near(.paragraphs(let count)): "within \(count) paragraphs"
    case .answer: "answer"
    case .transcript: "transcript"
    }
  }
}
