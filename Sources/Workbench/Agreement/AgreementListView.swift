import SarapCore
import SarapEngine
import TerminalKit

/// The agreement report on screen: the codes either coder used, lowest agreement first, with the
/// unit's counts and coefficients; the selected row is the one Enter reviews.
enum AgreementListView {
  static func render(
    _ report: AgreementReport, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let columns = header(report.unit)
    let nameWidth = max(12, area.width - 9 * columns.count - 2)
    buffer.putRow(
      "".padded(to: nameWidth) + columns.map { $0.rightAligned(in: 9) }.joined(), in: area,
      row: 0, style: Styles.label)
    let rows = report.listedRows
    let position = state.reports.agreement.rows
    let visible = max(0, area.height - 2)
    for line in 0..<visible {
      let index = position.offset + line
      guard rows.indices.contains(index) else { break }
      let row = rows[index]
      let text =
        state.name(of: row.key).singleLine.padded(to: nameWidth)
        + cells(row.figures, report).map { $0.rightAligned(in: 9) }.joined()
      buffer.putRow(
        text, in: area, row: line + 1,
        style: index == position.selected ? Styles.selectedRow : .plain)
    }
    let pooled =
      "Pooled".padded(to: nameWidth)
      + cells(report.pooled, report).map { $0.rightAligned(in: 9) }.joined()
    buffer.putRow(pooled, in: area, row: area.height - 1, style: Styles.label)
  }

  static func header(_ unit: AgreementUnit) -> [String] {
    switch unit {
    case .answer, .paragraph: ["agree", "kappa", "alpha", "both", "A only", "B only"]
    case .segment: ["agree", "kappa", "matched", "A only", "B only"]
    case .character: ["overlap", "kappa*", "A chars", "B chars", "both"]
    }
  }

  static func cells(_ figures: AgreementFigures, _ report: AgreementReport) -> [String] {
    let kappa = number(report.kappa(figures).value)
    switch figures {
    case .presence(let p):
      return [number(p.agreement), kappa, number(p.alpha.value)]
        + [p.both, p.aOnly, p.bOnly].map(String.init)
    case .segments(let s):
      return [number(s.agreement), kappa] + [s.matched, s.aOnly, s.bOnly].map(String.init)
    case .characters(let c):
      return [number(c.overlap.value), kappa] + [c.aChars, c.bChars, c.bothChars].map(String.init)
    }
  }

  /// A coefficient with two decimals, `–` when undefined.
  static func number(_ value: Double?) -> String {
    guard let value else { return "–" }
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    return "\(sign)\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
  }
}
