import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report tidy`: the long export for R and pandas.
struct ReportTidy: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: ReportDefinition.tidy.name,
    abstract:
      "One row per coding: transcript, coder, code, theme, range, text, question, attributes.",
    discussion: "Example: sarap report tidy --format csv --output codings.csv")

  @OptionGroup var options: ReportOptions

  func run() throws {
    try options.run(.tidy)
  }
}
