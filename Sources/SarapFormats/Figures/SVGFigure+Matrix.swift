import SarapCore
import SarapEngine

extension SVGFigure {
  /// The theme matrix as a code matrix browser: transcripts as rows, codes or themes as columns,
  /// a square in the key's colour whose area is proportional to the cell's count.
  public static func matrix(_ matrix: ThemeMatrix, table: ReportTable, labels: ReportLabels)
    -> String
  {
    let names = matrix.keys.map { FigureText.fitted(labels.name(of: $0), width: 220) }
    let cell = 30.0
    let longest = names.map { FigureText.width($0) }.max() ?? 0
    let rowLabelWidth = (matrix.transcripts.map { FigureText.width($0.rawValue) }.max() ?? 0) + 24
    let gridLeft = 16 + rowLabelWidth
    let gridTop = 64 + longest * 0.72 + 16
    let gridRight = gridLeft + cell * Double(matrix.keys.count)
    let width = max(480, gridRight + longest * 0.72 + 24).rounded(.up)
    let height = (gridTop + cell * Double(matrix.transcripts.count) + 24).rounded(.up)
    var canvas = SVGCanvas(width: Int(width), height: Int(height))
    canvas.heading(title: table.title, caption: FigureText.caption(table.parameters))
    let largest = max(1, matrix.rows.flatMap { $0 }.max() ?? 0)
    for (column, name) in names.enumerated() {
      let x = gridLeft + Double(column) * cell + cell / 2 + 4
      canvas.text(name, x: x, y: gridTop - 8, rotation: -45)
    }
    for (row, transcript) in matrix.transcripts.enumerated() {
      let top = gridTop + Double(row) * cell
      canvas.text(transcript.rawValue, x: gridLeft - 8, y: top + cell / 2 + 4, anchor: "end")
      canvas.line(
        from: (gridLeft, top + cell / 2), to: (gridRight, top + cell / 2), stroke: "#DDDDDD")
      for (column, value) in matrix.rows[row].enumerated() where value > 0 {
        let side = (cell - 6) * (Double(value) / Double(largest)).squareRoot()
        let centre = (x: gridLeft + Double(column) * cell + cell / 2, y: top + cell / 2)
        canvas.rect(
          x: centre.x - side / 2, y: centre.y - side / 2, width: side, height: side,
          fill: FigureScale.colour(of: matrix.keys[column], in: labels.codebook),
          stroke: "#333333",
          tooltip: "\(transcript.rawValue) × \(names[column]): \(value)")
      }
    }
    return canvas.document(title: table.title)
  }
}
