import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report tidy`: the long export for R and pandas.
struct ReportTidy: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tidy",
    abstract:
      "One row per coding: transcript, coder, code, theme, range, text, question, attributes.",
    discussion: "Example: sarap report tidy --format csv --output codings.csv")

  @OptionGroup var options: ReportOptions

  func run() throws {
    try CommandRunner.run {
      let project = try options.loadProject()
      let filter = try options.filter(for: project)
      var table = CodedCorpus(project).tidy(where: filter).table(
        labels: options.output.labels(for: project))
      table.parameters += filter.reportParameters
      try options.output.write(table)
    }
  }
}
