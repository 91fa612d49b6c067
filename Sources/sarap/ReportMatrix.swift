import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report matrix`.
struct ReportMatrix: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: ReportDefinition.themeMatrix.name,
    abstract: "Transcripts x themes (or codes): segment counts or presence, with totals.",
    discussion: """
      The CSV has 'transcript' as its first header, one row per transcript id and one column per \
      theme or code named in --lang; totals appear in the table, Markdown and JSON formats.
      Example: sarap report matrix --by theme --lang en --format csv --coder dissertation
      """)

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "Columns per theme or per code.")
  var by: Grouping = .theme

  @Option(name: .long, help: "What a cell holds: segments (a count) or presence (0/1).")
  var cell: MatrixCell = .segments

  func run() throws {
    try options.run(.themeMatrix) { ReportSettings(grouping: by, cell: cell) }
  }
}
