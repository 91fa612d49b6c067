import SarapCore
import SarapEngine
import TerminalKit

/// The reports screen: the three reports as tabs, the choices that shape them, and the report
/// SarapEngine computed (the screen draws it; it never computes).
enum ReportsScreen {
  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    drawTabs(state.reports.kind, in: area.row(0), into: &buffer)
    buffer.putRow(choices(state), in: area, row: 1, style: Styles.quiet)
    let table = area.inset(top: 3)
    switch state.reports.current {
    case .frequency(let report):
      FrequencyTableView.render(report, state: state, in: table, into: &buffer)
    case .coOccurrence(let report):
      HeatMapView.render(report, state: state, in: table, into: &buffer)
    case .themeMatrix(let matrix):
      ThemeMatrixView.render(matrix, state: state, in: table, into: &buffer)
    case nil: break
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
    switch reports.kind {
    case .coOccurrence: parts.append("unit \(unitName(reports.unit))")
    case .themeMatrix: parts.append("cells \(reports.cell.rawValue)")
    case .frequency: break
    }
    parts.append("coder \(reports.coder?.rawValue ?? "all")")
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
