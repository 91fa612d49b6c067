import SarapEngine

extension SVGFigure {
  /// A bar chart of a frequency report: one row per code or theme, its segments in the left
  /// panel and its transcripts in the right, each bar in the code's colour with its value.
  public static func frequency(
    _ report: FrequencyReport, table: ReportTable, labels: ReportLabels
  ) -> String {
    let names = report.rows.map { labels.name(of: $0.key) }
    let labelWidth = min(320, (names.map { FigureText.width($0) }.max() ?? 0) + 24)
    let width = 960.0
    let panelWidth = (width - 16 - labelWidth - 48) / 2
    let top = 64.0
    let rowHeight = 22.0
    let height = top + 28 + Double(report.rows.count) * rowHeight + 24
    var canvas = SVGCanvas(width: Int(width), height: Int(height))
    canvas.heading(title: table.title, caption: FigureText.caption(table.parameters))
    let panels: [(word: ReportWord, values: [Int])] = [
      (.segments, report.rows.map(\.figures.segments)),
      (.transcripts, report.rows.map(\.figures.transcripts)),
    ]
    for (index, panel) in panels.enumerated() {
      let left = 16 + labelWidth + Double(index) * (panelWidth + 48)
      canvas.text(labels[panel.word], x: left, y: top + 14, bold: true)
      let largest = max(1, panel.values.max() ?? 0)
      let barRoom = panelWidth - 40
      for (row, value) in panel.values.enumerated() {
        let y = top + 28 + Double(row) * rowHeight
        let length = barRoom * Double(value) / Double(largest)
        let colour = FigureScale.colour(of: report.rows[row].key, in: labels.codebook)
        if value > 0 {
          canvas.rect(
            x: left, y: y + 3, width: max(1, length), height: rowHeight - 8, fill: colour,
            tooltip: "\(names[row]): \(value)")
        }
        canvas.text(String(value), x: left + length + 4, y: y + 15, size: 11)
      }
      canvas.line(
        from: (left, top + 24), to: (left, height - 20), stroke: "#666666")
    }
    for (row, name) in names.enumerated() {
      let y = top + 28 + Double(row) * rowHeight
      canvas.text(
        FigureText.fitted(name, width: labelWidth - 16), x: 16 + labelWidth - 12, y: y + 15,
        anchor: "end")
    }
    return canvas.document(title: table.title)
  }
}
