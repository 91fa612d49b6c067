import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report agreement`: inter-coder agreement of two coders.
struct ReportAgreement: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: ReportDefinition.agreement.name,
    abstract: "How far two coders agree, per code or theme, with kappa and alpha.",
    discussion: """
      Give exactly two coders with --coder. Units: answer (respondent answers, present or \
      absent per code; Cohen's kappa, Krippendorff's alpha), paragraph (blank-line paragraphs \
      of answers), segment (MAXQDA's matching of coded segments overlapping at least \
      --threshold percent; Brennan and Prediger's kappa), character (coded characters; overlap \
      = both / either, and Cohen's kappa over all text as NVivo reports it). The last row pools \
      every code either coder used. Definitions: docs/agreement.md.
      Examples:
        sarap report agreement --coder dissertation --coder aigerim
        sarap report agreement --coder dissertation --coder aigerim --by code --unit segment
      """)

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "Rows per code or per theme.")
  var by: Grouping = .theme

  @Option(name: .long, help: "answer, paragraph, segment or character.")
  var unit: UnitChoice = .answer

  @Option(
    name: .long,
    help: "With --unit segment: the overlap (percent of a segment) that matches it (default 90).")
  var threshold: Int?

  func validate() throws {
    guard options.coder.count == 2 else {
      throw ValidationError(
        "agreement compares exactly two coders: give --coder A --coder B "
          + "(got \(options.coder.count))")
    }
    if let threshold {
      guard unit == .segment else { throw ValidationError("--threshold applies to --unit segment") }
      guard (1...100).contains(threshold) else {
        throw ValidationError("--threshold is a percentage from 1 to 100, got \(threshold)")
      }
    }
  }

  func run() throws {
    try options.run(.agreement) {
      ReportSettings(
        grouping: by, coderPair: options.coder.map { Coder.ID($0) }, agreementUnit: engineUnit)
    }
  }

  private var engineUnit: AgreementUnit {
    switch unit {
    case .answer: .answer
    case .paragraph: .paragraph
    case .segment: .segment(threshold: threshold ?? AgreementUnit.defaultThreshold)
    case .character: .character
    }
  }

  /// The `--unit` values.
  enum UnitChoice: String, ExpressibleByArgument, CaseIterable {
    case answer, paragraph, segment, character
  }
}
