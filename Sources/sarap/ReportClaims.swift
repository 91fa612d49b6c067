import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report claims`: the claims ledger's verdicts, like every other report.
struct ReportClaims: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: ReportDefinition.claims.name,
    abstract: "Every claim in Codebooks/claims.txt: count, of, threshold, verdict, margin.",
    discussion: """
      The table of 'sarap claims check', which also refuses a claims file with problems, has \
      --strict for CI and writes the evidence appendix with --format md. See docs/claims.md.
      """)

  @OptionGroup var options: ReportOptions

  func run() throws {
    try options.run(.claims)
  }
}
