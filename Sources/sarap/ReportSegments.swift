import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report segments`: retrieval.
struct ReportSegments: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: ReportDefinition.segments.name,
    abstract: "Retrieve the coded segments a query describes, with their text.",
    discussion: """
      A query combines code or theme ids (a theme stands for all its codes) with AND (the \
      segments overlap), OR, NOT and parentheses; NOT binds tightest, then AND, then OR.
      Examples:
        sarap report segments --query "russia AND defence"
        sarap report segments --query "(china OR west) AND NOT russia" --question Q2а
      """)

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "The query, e.g. \"russia AND NOT china\".")
  var query: String

  func run() throws {
    try options.run(.segments) { ReportSettings(query: query) }
  }
}
