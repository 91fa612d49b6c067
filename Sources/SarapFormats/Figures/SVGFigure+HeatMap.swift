import SarapCore
import SarapEngine

extension SVGFigure {
  /// The co-occurrence heat map: a cell per pair of keys shaded on the viridis scale by the
  /// measure (c-coefficient 0 to 1, or n12 from 0 to the largest off-diagonal count), the value
  /// printed in the cell, the diagonal (each key's own units) in grey, and a legend.
  public static func heatMap(
    _ report: CoOccurrenceReport, measure: CoOccurrenceMeasure, table: ReportTable,
    labels: ReportLabels
  ) -> String {
    let layout = HeatMapLayout(report, labels: labels)
    var canvas = SVGCanvas(width: Int(layout.width), height: Int(layout.height))
    canvas.heading(title: table.title, caption: FigureText.caption(table.parameters))
    let count = report.keys.count
    var largest = 1
    for row in 0..<count {
      for column in 0..<count where row != column {
        largest = max(largest, report[row, column].both)
      }
    }
    for (index, name) in layout.names.enumerated() {
      let middle = layout.cellOrigin(index).y + layout.cell / 2 + 4
      canvas.text(name, x: layout.gridLeft - 8, y: middle, anchor: "end")
      let x = layout.cellOrigin(index).x + layout.cell / 2 + 4
      canvas.text(name, x: x, y: layout.gridTop - 8, rotation: -45)
    }
    for row in 0..<count {
      for column in 0..<count {
        let cell = report[row, column]
        let value = measure == .count ? Double(cell.both) : cell.coefficient
        let shade =
          row == column
          ? Colour(red: 0xE0, green: 0xE0, blue: 0xE0)
          : FigureScale.colour(at: measure == .count ? value / Double(largest) : value)
        let origin = (x: layout.cellOrigin(column).x, y: layout.cellOrigin(row).y)
        let written =
          measure == .count ? String(cell.both) : SVGCanvas.number(cell.coefficient, places: 2)
        canvas.rect(
          x: origin.x, y: origin.y, width: layout.cell, height: layout.cell, fill: shade.hex,
          stroke: "#FFFFFF",
          tooltip: "\(layout.names[row]) × \(layout.names[column]): \(written)")
        canvas.text(
          written, x: origin.x + layout.cell / 2, y: origin.y + layout.cell / 2 + 4,
          size: layout.valueSize, anchor: "middle", fill: FigureScale.textColour(on: shade))
      }
    }
    drawLegend(
      &canvas, layout: layout, title: labels[measure == .count ? .together : .coefficient],
      largest: measure == .count ? String(largest) : "1", language: labels.language)
    return canvas.document(title: table.title)
  }

  /// The legend right of the grid: ten steps of the scale from 0 to the largest value.
  private static func drawLegend(
    _ canvas: inout SVGCanvas, layout: HeatMapLayout, title: String, largest: String,
    language: Language
  ) {
    let left = layout.gridLeft + layout.cell * Double(layout.names.count) + 32
    let top = layout.gridTop
    canvas.text(title, x: left, y: top - 8, size: 11, bold: true)
    let steps = 10
    for step in 0..<steps {
      let value = Double(steps - 1 - step) / Double(steps - 1)
      canvas.rect(
        x: left, y: top + Double(step) * 16, width: 20, height: 16,
        fill: FigureScale.colour(at: value).hex)
    }
    canvas.text(largest, x: left + 26, y: top + 12, size: 11)
    canvas.text("0", x: left + 26, y: top + Double(steps) * 16 - 4, size: 11)
    canvas.rect(
      x: left, y: top + Double(steps) * 16 + 12, width: 20, height: 16, fill: "#E0E0E0")
    canvas.text(
      FigureWord.diagonal.text(in: language), x: left + 26, y: top + Double(steps) * 16 + 24,
      size: 11)
  }
}

/// Where the heat map's grid, labels and legend go.
struct HeatMapLayout {
  /// The keys' names, cut to fit.
  let names: [String]
  /// The side of a cell.
  let cell: Double
  /// The left edge of the grid.
  let gridLeft: Double
  /// The top edge of the grid.
  let gridTop: Double
  /// The figure's width.
  let width: Double
  /// The figure's height.
  let height: Double
  /// The size values are printed at.
  let valueSize: Double

  /// Lays out a report's grid for its names.
  init(_ report: CoOccurrenceReport, labels: ReportLabels) {
    let count = report.keys.count
    names = report.keys.map { FigureText.fitted(labels.name(of: $0), width: 220) }
    cell = count <= 12 ? 44 : max(20, (560 / Double(count)).rounded(.down))
    valueSize = cell >= 40 ? 12 : 9
    let longest = names.map { FigureText.width($0) }.max() ?? 0
    gridLeft = 16 + longest + 12
    gridTop = 64 + longest * 0.72 + 16
    let legendWidth = 40 + FigureText.width(FigureWord.diagonal.text(in: labels.language), size: 11)
    width = (gridLeft + cell * Double(count) + 32 + legendWidth + 16).rounded(.up)
    height = (max(gridTop + cell * Double(count), gridTop + 200) + 24).rounded(.up)
  }

  /// The top-left corner of the cell in row `index` (y) and column `index` (x).
  func cellOrigin(_ index: Int) -> (x: Double, y: Double) {
    (gridLeft + Double(index) * cell, gridTop + Double(index) * cell)
  }
}
