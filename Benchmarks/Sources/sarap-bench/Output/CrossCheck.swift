import SarapEngine

/// The numbers Sarap's reports computed, written beside the timings so that the pandas reference
/// can check its own figures against them before it times anything.
struct CrossCheck: Codable, Sendable {
  /// Every transcript id, in display order (the frequency shares' denominator).
  var transcripts: [String] = []
  /// Frequency rows by grouping (`code`, `theme`).
  var frequency: [String: [FrequencyFigures]] = [:]
  /// Co-occurrence tables by unit (`overlap`, `answer`, `transcript`), code x code.
  var cooccurrence: [String: CoOccurrenceFigures] = [:]
  /// The theme matrix (segments per transcript and theme).
  var matrix: MatrixFigures?
  /// Hits of the retrieval and the search.
  var queries: [String: QueryFigures] = [:]

  /// One frequency row.
  struct FrequencyFigures: Codable, Sendable {
    var key: String
    var segments: Int
    var codings: Int
    var transcripts: Int
    var characters: Int
    var share: Double

    init(_ row: FrequencyRow) {
      key = row.key.rawValue
      segments = row.figures.segments
      codings = row.figures.codings
      transcripts = row.figures.transcripts
      characters = row.figures.characters
      share = row.share
    }
  }

  /// A co-occurrence table: `n12`, `n1`, `n2` as key x key matrices.
  struct CoOccurrenceFigures: Codable, Sendable {
    var keys: [String]
    var unitCount: Int?
    var both: [[Int]]
    var first: [[Int]]
    var second: [[Int]]

    init(_ report: CoOccurrenceReport) {
      keys = report.keys.map(\.rawValue)
      unitCount = report.unitCount
      let indices = report.keys.indices
      both = indices.map { row in indices.map { report[row, $0].both } }
      first = indices.map { row in indices.map { report[row, $0].first } }
      second = indices.map { row in indices.map { report[row, $0].second } }
    }
  }

  /// A theme matrix.
  struct MatrixFigures: Codable, Sendable {
    var transcripts: [String]
    var keys: [String]
    var rows: [[Int]]

    init(_ matrix: ThemeMatrix) {
      transcripts = matrix.transcripts.map(\.rawValue)
      keys = matrix.keys.map(\.rawValue)
      rows = matrix.rows
    }
  }

  /// What a retrieval or search was asked and how many hits it gave.
  struct QueryFigures: Codable, Sendable {
    var query: String
    var hits: Int
  }
}
