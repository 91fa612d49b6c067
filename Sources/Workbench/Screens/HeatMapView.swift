import SarapCore
import SarapEngine
import TerminalKit

/// The co-occurrence table as a heat map: rows numbered and named, columns by number, each cell
/// `n12` tinted by the c-coefficient's strength, the diagonal (a key's own units) dim.
enum HeatMapView {
  /// Cells per column.
  static let cellWidth = 5
  /// Coefficient thresholds of the five heat levels above zero.
  static let thresholds: [Double] = [0, 0.1, 0.25, 0.5, 0.75]
  /// The background of each heat level (256-colour indices, yellow to red).
  static let heat: [UInt8] = [230, 222, 215, 209, 196]

  /// The row labels' width: a quarter of the area (10 to 24 cells), or as wide as the longest
  /// label when every column still fits beside it.
  static func nameWidth(_ labels: [String], area: Rect) -> Int {
    let usual = min(24, max(10, area.width / 4))
    let longest = (labels.map { DisplayWidth.of($0.singleLine) }.max() ?? 0) + 1
    return max(usual, min(longest, area.width - labels.count * cellWidth))
  }

  static func render(
    _ report: CoOccurrenceReport, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let keys = report.keys
    let labels = keys.enumerated().map { "\($0.offset + 1) " + state.name(of: $0.element) }
    let nameWidth = nameWidth(labels, area: area)
    let scroll = state.reports.scroll
    let columns = Array(
      keys.indices.dropFirst(scroll.column).prefix((area.width - nameWidth) / cellWidth))
    var header = "".padded(to: nameWidth)
    for column in columns { header += String(column + 1).rightAligned(in: cellWidth) }
    buffer.putRow(header, in: area, row: 0, style: Styles.label)
    let rows = Array(keys.indices.dropFirst(scroll.row).prefix(max(0, area.height - 3)))
    for (line, row) in rows.enumerated() {
      let y = area.y + 1 + line
      let name = "\(row + 1) " + state.name(of: keys[row]).singleLine
      buffer.put(name.padded(to: nameWidth - 1), at: Point(x: area.x, y: y))
      for (position, column) in columns.enumerated() {
        let cell = report[row, column]
        let x = area.x + nameWidth + position * cellWidth
        let text = (cell.both == 0 ? "·" : String(cell.both)).rightAligned(
          in: cellWidth - 1)
        buffer.put(
          text + " ", at: Point(x: x, y: y),
          style: style(cell, diagonal: row == column, state: state))
      }
    }
    drawLegend(report, state: state, at: area.y + 2 + rows.count, in: area, into: &buffer)
  }

  /// The cell's style: dim on the diagonal, else the heat level's background (bold without
  /// colour for the strongest levels).
  static func style(_ cell: CoOccurrenceCell, diagonal: Bool, state: AppState) -> Style {
    if diagonal { return Styles.quiet }
    guard cell.both > 0 else { return Styles.quiet }
    let level = level(of: cell.coefficient)
    guard state.colourEnabled else { return level >= 3 ? Style(bold: true) : .plain }
    return Style(foreground: .black, background: .indexed(heat[level]))
  }

  /// The heat level (0-4) of a coefficient above zero.
  static func level(of coefficient: Double) -> Int {
    (thresholds.lastIndex { coefficient > $0 } ?? 0)
  }

  private static func drawLegend(
    _ report: CoOccurrenceReport, state: AppState, at y: Int, in area: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard y < area.maxY else { return }
    var x =
      area.x
      + buffer.put(
        "c-coefficient n12/(n1+n2-n12):", at: Point(x: area.x, y: y), style: Styles.quiet)
    let labels = [">0", ">.1", ">.25", ">.5", ">.75"]
    for (level, label) in labels.enumerated() {
      let style =
        state.colourEnabled
        ? Style(foreground: .black, background: .indexed(heat[level]))
        : (level >= 3 ? Style(bold: true) : .plain)
      x +=
        1
        + buffer.put(
          " \(label) ", at: Point(x: x + 1, y: y), style: style, maxWidth: area.maxX - x - 1)
    }
  }
}
