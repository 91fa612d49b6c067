import SarapCore
import SarapEngine
import TerminalKit

/// The frequency table: one row per code or theme, its segments, codings, transcripts, share of
/// transcripts and characters coded.
enum FrequencyTableView {
  static let numberColumns = ["segments", "codings", "transcripts", "share", "characters"]

  static func render(
    _ report: FrequencyReport, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let nameWidth = max(12, area.width - 12 * numberColumns.count - 2)
    var header = "".padded(to: nameWidth)
    for column in numberColumns { header += column.rightAligned(in: 12) }
    buffer.putRow(header, in: area, row: 0, style: Styles.label)
    let rows = report.rows.dropFirst(state.reports.scroll.row)
    for (line, row) in rows.prefix(max(0, area.height - 1)).enumerated() {
      let figures = row.figures
      var text = state.name(of: row.key).singleLine.padded(to: nameWidth)
      let numbers = [
        figures.segments, figures.codings, figures.transcripts, Int((row.share * 100).rounded()),
        figures.characters,
      ]
      for (column, number) in numbers.enumerated() {
        text += (column == 3 ? "\(number)%" : String(number)).rightAligned(in: 12)
      }
      buffer.putRow(
        text, in: area, row: line + 1, style: figures.segments == 0 ? Styles.quiet : .plain)
      if let colour = state.project.codebook[row.key]?.colour, state.colourEnabled {
        buffer.put(
          " ", at: Point(x: area.x + nameWidth - 2, y: area.y + line + 1),
          style: Styles.swatch(colour))
      }
    }
  }
}
