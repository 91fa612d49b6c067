import SarapCore
import SarapEngine

/// What the workbench shows about the project besides its text, computed by SarapEngine whenever
/// the project changes: code and theme counts for the codebook tree, coded segments per
/// transcript, the claims' verdicts.
public struct Analysis: Sendable {
  /// The project's codings resolved for reports.
  public let corpus: CodedCorpus
  /// Distinct coded segments per code (that exact code), every coder.
  public let codeCounts: [Code.ID: Int]
  /// Distinct coded segments per theme (the theme and everything beneath it), every coder.
  public let themeCounts: [Code.ID: Int]
  /// Distinct coded segments per transcript, summed over codes.
  public let transcriptCounts: [Transcript.ID: Int]
  /// Every claim of the project's ledger checked against every coder's codings.
  ///
  /// Computed when first asked for (the claims screen, the first save): checking the claims
  /// reads the text of every transcript they retrieve, which the first frame does not show.
  public var claimVerdicts: [ClaimVerdict] { verdicts.value }
  private let verdicts: Deferred<[ClaimVerdict]>

  /// Analyses a project.
  public init(_ project: Project) {
    let corpus = CodedCorpus(project)
    self.corpus = corpus
    codeCounts = Self.counts(corpus.frequency(by: .code))
    themeCounts = Self.counts(corpus.frequency(by: .theme))
    let matrix = corpus.matrix(by: .code)
    transcriptCounts = Dictionary(
      zip(matrix.transcripts, matrix.rowTotals).map { ($0, $1) }
    ) { first, _ in first }
    verdicts = Deferred { corpus.verdicts() }
  }

  /// The count shown beside a code in the tree: a theme's union, else the code's own.
  public func count(of code: Code) -> Int {
    (code.isTheme ? themeCounts[code.id] : codeCounts[code.id]) ?? 0
  }

  private static func counts(_ report: FrequencyReport) -> [Code.ID: Int] {
    Dictionary(report.rows.map { ($0.key, $0.figures.segments) }) { first, _ in first }
  }
}

extension Analysis: Equatable {
  /// Two analyses are equal when they analyse the same project.
  public static func == (lhs: Analysis, rhs: Analysis) -> Bool {
    lhs.corpus.project == rhs.corpus.project
  }
}
