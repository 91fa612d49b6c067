import SarapEngine

/// Figures for a thesis, drawn as SVG from the same engine results the tables use.
///
/// Each figure is a pure function of its results and labels: a fixed width and height, a title
/// and a caption line with the parameters, labels in the chosen language, the codebook's colours,
/// and the same bytes for the same input.
public enum SVGFigure {
  /// The report kinds `--format svg` draws.
  public static let kinds = ["frequency", "cooccurrence", "matrix"]

  /// The figure of a computed report, laid out with its table's title and parameters; nil for a
  /// kind without a figure (and for co-occurrence listed as pairs).
  public static func chart(
    of report: ComputedReport, table: ReportTable, labels: ReportLabels
  ) -> String? {
    if let frequency = report.value(as: FrequencyReport.self) {
      return self.frequency(frequency, table: table, labels: labels)
    }
    if let coOccurrence = report.value(as: CoOccurrenceReport.self), !report.settings.pairs {
      return heatMap(coOccurrence, measure: report.settings.measure, table: table, labels: labels)
    }
    if let matrix = report.value(as: ThemeMatrix.self) {
      return self.matrix(matrix, table: table, labels: labels)
    }
    return nil
  }
}

extension SVGFigure {
  /// A parameter's number as written in a caption: at most two decimal places (`0.1`, `0.25`).
  public static func decimal(_ value: Double) -> String { SVGCanvas.number(value, places: 2) }
}
