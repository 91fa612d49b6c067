import SarapCore
import TerminalKit

/// Paints one wrapped row of the reader: text, labels, codings, matches, selection, cursor.
struct RowPainter {
  let state: AppState
  let document: ReaderDocument
  let row: Int
  let y: Int

  /// The scalars the row covers, line break included.
  var scalars: Range<Int> { document.layout.scalarRange(ofRow: row) }

  func paintText(in text: Rect, into buffer: inout ScreenBuffer) {
    let line = Rect(x: text.x, y: y, width: text.width, height: 1)
    buffer.put(String(document.layout.text(ofRow: row)), at: line.origin, maxWidth: line.width)
    paintLabels(line, into: &buffer)
    paintCodings(line, into: &buffer)
    let matches = state.search.matches
    for match in matches[matches.partitionPoint { $0.end > scalars.lowerBound }...] {
      guard match.start < scalars.upperBound else { break }
      merge(Styles.match, scalars: match.offsets, line: line, into: &buffer)
    }
    if let selection = state.reader.selection {
      set(Styles.selection, scalars: selection.offsets, line: line, into: &buffer)
    }
    paintCursor(line, into: &buffer)
  }

  private func paintLabels(_ line: Rect, into buffer: inout ScreenBuffer) {
    let turns = document.turns
    for turn in turns[turns.partitionPoint { $0.range.start >= scalars.lowerBound }...] {
      guard turn.range.start < scalars.upperBound else { break }
      set(Styles.label, scalars: turn.range.start..<turn.textRange.start, line: line, into: &buffer)
    }
  }

  /// Longer codings first, so the innermost coding's colour shows where they overlap.
  private func paintCodings(_ line: Rect, into buffer: inout ScreenBuffer) {
    let overlay = state.reader.overlay
    let codings = overlay.indices(overlapping: scalars).map { overlay.codings[$0] }
      .sorted { $0.range.length > $1.range.length }
    for coding in codings {
      guard let code = state.project.codebook[coding.code] else { continue }
      let style = Styles.coded(code.colour, colourEnabled: state.colourEnabled)
      set(style, scalars: coding.range.offsets, line: line, into: &buffer)
    }
  }

  private func paintCursor(_ line: Rect, into buffer: inout ScreenBuffer) {
    let layout = document.layout
    guard layout.row(ofScalar: state.reader.cursor) == row else { return }
    let x = layout.position(ofScalar: state.reader.cursor).x
    guard x < line.width else { return }
    let point = Point(x: line.x + x, y: y)
    let cellStyle = buffer[point.x, point.y].style
    buffer.setStyle(
      cellStyle.merging(Styles.cursor), in: Rect(origin: point, size: Size(width: 1, height: 1)))
  }

  private func set(
    _ style: Style, scalars range: Range<Int>, line: Rect, into buffer: inout ScreenBuffer
  ) {
    guard let columns = document.layout.columns(ofScalars: range, onRow: row) else { return }
    buffer.setStyle(
      style, in: Rect(x: line.x + columns.lowerBound, y: y, width: columns.count, height: 1))
  }

  private func merge(
    _ style: Style, scalars range: Range<Int>, line: Rect, into buffer: inout ScreenBuffer
  ) {
    guard let columns = document.layout.columns(ofScalars: range, onRow: row) else { return }
    for column in columns {
      let x = line.x + column
      buffer.setStyle(buffer[x, y].style.merging(style), in: Rect(x: x, y: y, width: 1, height: 1))
    }
  }
}
