import SarapCore

/// Transcripts x themes (or codes): how much of each theme each transcript holds.
public struct ThemeMatrix: Hashable, Sendable {
  /// What the columns count by.
  public let grouping: Grouping
  /// What a cell holds.
  public let cell: MatrixCell
  /// The rows: every transcript looked at, in display order (empty transcripts included).
  public let transcripts: [Transcript.ID]
  /// The columns: every code or theme, in codebook order (unused ones included).
  public let keys: [Code.ID]
  /// The cells, one array per row, parallel to ``keys``.
  public let rows: [[Int]]

  /// Each row's total: the sum of its cells (for ``MatrixCell/presence``, the number of keys
  /// present; a stretch coded under two themes counts in both columns).
  public var rowTotals: [Int] { rows.map { $0.reduce(0, +) } }

  /// Each column's total: the sum of its cells.
  ///
  /// For ``MatrixCell/segments`` it equals the key's ``Figures/segments`` in the frequency
  /// report, for ``MatrixCell/presence`` its ``Figures/transcripts``.
  public var columnTotals: [Int] {
    keys.indices.map { column in rows.reduce(0) { $0 + $1[column] } }
  }

  /// The sum of every cell.
  public var grandTotal: Int { rows.reduce(0) { $0 + $1.reduce(0, +) } }
}

/// What a theme-matrix cell holds.
public enum MatrixCell: String, CaseIterable, Hashable, Sendable {
  /// The number of coded segments (distinct ranges; a range coded twice under a theme counts once).
  case segments
  /// 1 when the transcript has at least one segment of the key, else 0.
  case presence
}

// MARK: - Theme matrix

extension CodedCorpus {
  /// Counts each code's or theme's segments in each transcript.
  ///
  /// - Parameters:
  ///   - grouping: Columns per code or per theme.
  ///   - cell: Segment counts or presence (0/1).
  ///   - filter: Restricts which transcripts (rows) and codings are counted.
  /// - Returns: One row per transcript looked at, one column per code or theme.
  public func matrix(
    by grouping: Grouping, cell: MatrixCell = .segments, where filter: SegmentFilter = .all
  ) -> ThemeMatrix {
    let keys = keys(grouping)
    let scope = transcriptSlots(where: filter)
    var rows: [[Int]] = []
    rows.reserveCapacity(scope.count)
    for slot in scope {
      var row = Array(repeating: 0, count: keys.count)
      var seen = Set<DistinctRange>()
      for segment in segments(inTranscript: slot, where: filter) {
        let key = self.slot(of: segment, grouping)
        guard seen.insert(DistinctRange(key: key, range: segment.range)).inserted else { continue }
        row[key] = cell == .presence ? 1 : row[key] + 1
      }
      rows.append(row)
    }
    return ThemeMatrix(
      grouping: grouping, cell: cell, transcripts: scope.map { project.transcripts[$0].id },
      keys: keys, rows: rows)
  }
}

/// A key's range within one transcript, to count each stretch once per key.
private struct DistinctRange: Hashable {
  var key: Int
  var range: TextRange
}
