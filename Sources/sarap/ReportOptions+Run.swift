import SarapCore
import SarapEngine
import SarapFormats

extension ReportOptions {
  /// Runs a report kind as every `sarap report` subcommand does: loads the project, applies the
  /// shared filter, computes the kind with the subcommand's settings, lays it out with the
  /// filter's parameters appended, and writes it in the chosen format.
  ///
  /// - Parameters:
  ///   - definition: The kind of report.
  ///   - settings: The subcommand's own settings (the filter is filled in here); asked for after
  ///     the project and filter are checked, so their errors come first.
  func run(
    _ definition: ReportDefinition, settings: () throws -> ReportSettings = { ReportSettings() }
  ) throws {
    try CommandRunner.run {
      let project = try loadProject()
      let filter = try filter(for: project)
      var chosen = try settings()
      chosen.filter = filter
      let labels = output.labels(for: project)
      let corpus = CodedCorpus(project)
      let report = try definition.compute(corpus, chosen)
      var table = report.table(labels: labels)
      table.parameters += filter.reportParameters
      try output.write(table) { SVGFigure.chart(of: report, table: table, labels: labels) }
      ProcessExit.keep(corpus)
    }
  }
}
