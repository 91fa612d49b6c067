import SarapCore
import SarapEngine
import TerminalKit

/// Any report as its table, for a report kind that has no drawing of its own.
///
/// The column headings, then one line per row, scrolled by row and by column, numbers
/// right-aligned, then the table's notes.
enum ReportTableView {
  /// The widest a column is drawn, unless the table says narrower.
  static let widestColumn = 24

  static func render(
    _ report: ReportDocument, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let table = report.table(
      labels: ReportLabels(language: state.language, codebook: state.project.codebook))
    let scroll = state.reports.scroll
    let columns = Array(table.columns.indices.dropFirst(scroll.column))
    var widths = columns.map { width(of: $0, in: table) }
    if columns.first == 0, table.columns.first?.maximumWidth == nil {
      widths[0] = labelWidth(in: table, others: widths.dropFirst(), area: area)
    }
    let line = { (cells: [String], numeric: [Bool]) in
      zip(zip(cells, widths), numeric).map { cell, right in
        let text = cell.0.singleLine.fitted(to: cell.1)
        return right ? text.rightAligned(in: cell.1) : text.padded(to: cell.1)
      }.joined(separator: "  ")
    }
    let numeric = columns.map { column in table.rows.contains { $0[column].isNumber } }
    buffer.putRow(
      line(columns.map { table.columns[$0].label }, numeric), in: area, row: 0,
      style: Styles.label)
    let rows = table.rows.dropFirst(scroll.row).prefix(max(0, area.height - 1 - notes(table)))
    for (index, row) in rows.enumerated() {
      buffer.putRow(line(columns.map { row[$0].plainText }, numeric), in: area, row: index + 1)
    }
    for (index, note) in table.notes.enumerated() {
      buffer.putRow(note, in: area, row: rows.count + 2 + index, style: Styles.quiet)
    }
  }

  /// The rows the notes take, with the blank line above them.
  private static func notes(_ table: ReportTable) -> Int {
    table.notes.isEmpty ? 0 : table.notes.count + 1
  }

  /// The row labels' width: as wide as the longest label where the window has the room beside
  /// the other columns, never narrower than the usual cap.
  static func labelWidth(in table: ReportTable, others: ArraySlice<Int>, area: Rect) -> Int {
    let cells = [table.columns[0].label] + table.rows.map { $0[0].plainText }
    let widest = cells.map { DisplayWidth.of($0.singleLine) }.max() ?? 0
    let room = area.width - others.reduce(0, +) - 2 * others.count
    return min(widest, max(widestColumn, room))
  }

  private static func width(of column: Int, in table: ReportTable) -> Int {
    let cells = [table.columns[column].label] + table.rows.map { $0[column].plainText }
    let widest = cells.map { DisplayWidth.of($0.singleLine) }.max() ?? 0
    return min(widest, table.columns[column].maximumWidth ?? widestColumn, widestColumn)
  }
}
