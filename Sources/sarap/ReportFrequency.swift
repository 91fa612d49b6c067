import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report frequency`.
struct ReportFrequency: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: ReportDefinition.frequency.name,
    abstract: "Coded segments, transcripts, share of transcripts and characters per code or theme.",
    discussion: """
      Examples:
        sarap report frequency --by theme
        sarap report frequency --by code --breakdown question --format csv
        sarap report frequency --breakdown attribute state-service --lang kk
      """)

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "Count by code or by theme.")
  var by: Grouping = .theme

  @Option(
    name: .long, parsing: .upToNextOption,
    help: "Break down by question, by coder, or by attribute NAME.")
  var breakdown: [String] = []

  func run() throws {
    try options.run(.frequency) {
      ReportSettings(grouping: by, breakdown: try parsedBreakdown())
    }
  }

  private func parsedBreakdown() throws -> Breakdown? {
    switch breakdown.first {
    case nil: return nil
    case "question" where breakdown.count == 1: return .question
    case "coder" where breakdown.count == 1: return .coder
    case "attribute" where breakdown.count == 2: return .attribute(breakdown[1])
    case let word? where word.hasPrefix("attribute=") && breakdown.count == 1:
      return .attribute(String(word.dropFirst("attribute=".count)))
    default:
      throw CommandFailure(
        "--breakdown expects question, coder or attribute NAME, got '\(breakdown.joined(separator: " "))'"
      )
    }
  }
}
