import SarapCore
import SarapEngine
import TerminalKit

/// The theme matrix: transcripts down, themes (or codes) across by number, with totals.
enum ThemeMatrixView {
  static let cellWidth = 5

  static func render(
    _ matrix: ThemeMatrix, state: AppState, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let scroll = state.reports.scroll
    let keyColumns = Array(
      matrix.keys.indices.dropFirst(scroll.column).prefix(
        max(0, (area.width - 8 - cellWidth - 1) / cellWidth)))
    var header = "".padded(to: 8)
    for column in keyColumns { header += String(column + 1).rightAligned(in: cellWidth) }
    buffer.putRow(
      header + "total".rightAligned(in: cellWidth + 1), in: area, row: 0, style: Styles.label)
    let rowTotals = matrix.rowTotals
    let visible = Array(
      matrix.transcripts.indices.dropFirst(scroll.row).prefix(max(0, area.height - 4)))
    for (line, row) in visible.enumerated() {
      var text = matrix.transcripts[row].rawValue.padded(to: 8)
      for column in keyColumns {
        let value = matrix.rows[row][column]
        text += (value == 0 ? "·" : String(value)).rightAligned(in: cellWidth)
      }
      buffer.putRow(
        text + String(rowTotals[row]).rightAligned(in: cellWidth + 1), in: area, row: line + 1)
    }
    var totals = "total".padded(to: 8)
    let columnTotals = matrix.columnTotals
    for column in keyColumns { totals += String(columnTotals[column]).rightAligned(in: cellWidth) }
    buffer.putRow(
      totals + String(matrix.grandTotal).rightAligned(in: cellWidth + 1), in: area,
      row: visible.count + 1, style: Styles.label)
    drawKey(
      matrix.keys, columns: keyColumns, state: state, from: visible.count + 3, in: area,
      into: &buffer)
  }

  /// Below the table: `1 Ресей  2 Қытай …` so column numbers can be read.
  private static func drawKey(
    _ keys: [Code.ID], columns: [Int], state: AppState, from row: Int, in area: Rect,
    into buffer: inout ScreenBuffer
  ) {
    var x = area.x
    var y = area.y + row
    for column in columns {
      let text = "\(column + 1) \(state.name(of: keys[column]).singleLine)".fitted(to: 24)
      let width = DisplayWidth.of(text) + 2
      if x + width > area.maxX {
        x = area.x
        y += 1
      }
      guard y < area.maxY else { return }
      buffer.put(text, at: Point(x: x, y: y), style: Styles.quiet)
      x += width
    }
  }
}
