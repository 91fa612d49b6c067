import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report cooccurrence`.
struct ReportCoOccurrence: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: ReportDefinition.coOccurrence.name,
    abstract: "Code x code or theme x theme co-occurrence, with c-coefficients.",
    discussion: """
      A cell counts the units in which both codes occur (n12); the c-coefficient is \
      n12 / (n1 + n2 - n12). Units: overlap (stretches of overlapping codings), answer \
      (respondent answers), transcript. --within N or --within-paragraphs N widen overlap to \
      codings at most N characters or paragraphs apart. --pairs lists the pairs, strongest first.
      Examples:
        sarap report cooccurrence --by theme --unit transcript
        sarap report cooccurrence --by code --within 200 --pairs --format csv
      """)

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "Rows and columns per code or per theme.")
  var by: Grouping = .theme

  @Option(name: .long, help: "overlap, answer or transcript.")
  var unit: UnitChoice = .overlap

  @Option(name: .long, help: "With --unit overlap: codings at most N characters apart co-occur.")
  var within: Int?

  @Option(
    name: .long, help: "With --unit overlap: codings at most N paragraphs apart co-occur (0: same)."
  )
  var withinParagraphs: Int?

  @Option(name: .long, help: "What a matrix cell shows: count (n12) or coefficient.")
  var cell: CoOccurrenceMeasure = .count

  @Flag(name: .long, help: "List co-occurring pairs ranked by c-coefficient instead of the matrix.")
  var pairs = false

  func validate() throws {
    if within != nil && withinParagraphs != nil {
      throw ValidationError("give --within or --within-paragraphs, not both")
    }
    if (within ?? withinParagraphs ?? 0) < 0 {
      throw ValidationError("a distance cannot be negative")
    }
    if unit != .overlap && (within != nil || withinParagraphs != nil) {
      throw ValidationError("--within and --within-paragraphs apply to --unit overlap only")
    }
  }

  func run() throws {
    try options.run(.coOccurrence) {
      ReportSettings(grouping: by, unit: engineUnit, measure: cell, pairs: pairs)
    }
  }

  private var engineUnit: CoOccurrenceUnit {
    switch unit {
    case .answer: .answer
    case .transcript: .transcript
    case .overlap:
      if let within {
        .near(.characters(within))
      } else if let withinParagraphs {
        .near(.paragraphs(withinParagraphs))
      } else {
        .overlap
      }
    }
  }

  /// The `--unit` values.
  enum UnitChoice: String, ExpressibleByArgument, CaseIterable {
    case overlap, answer, transcript
  }
}
