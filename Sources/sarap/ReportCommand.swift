import ArgumentParser

/// `sarap report …`: frequency, co-occurrence, theme matrix, agreement, coded segments, the tidy
/// export and the claims ledger's verdicts.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Compute a report on the project's codings and write it as a table, CSV, TSV, Markdown, JSON, SVG or XLSX.",
    discussion: """
      Every report reads the project without locking it. --coder, --question, --attribute and \
      --transcript restrict what is counted; --format, --output, --lang and --excel say how the \
      result is written. Definitions of every figure: docs/reports.md.
      """,
    subcommands: [
      ReportFrequency.self, ReportCoOccurrence.self, ReportMatrix.self, ReportAgreement.self,
      ReportSegments.self, ReportTidy.self, ReportClaims.self, ReportHTML.self,
    ])
}
