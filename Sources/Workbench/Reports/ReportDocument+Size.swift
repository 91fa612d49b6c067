extension ReportDocument {
  /// The report's rows: keys for frequencies and co-occurrence, transcripts for the matrix.
  public var rowCount: Int {
    switch self {
    case .frequency(let report): report.rows.count
    case .coOccurrence(let report): report.keys.count
    case .themeMatrix(let matrix): matrix.transcripts.count
    }
  }

  /// The report's scrollable columns: keys for co-occurrence and the matrix, none for frequencies.
  public var columnCount: Int {
    switch self {
    case .frequency: 0
    case .coOccurrence(let report): report.keys.count
    case .themeMatrix(let matrix): matrix.keys.count
    }
  }
}
