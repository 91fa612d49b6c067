import SarapCore

/// Answers "does this segment touch (overlap or coincide with) a segment of the term?" for one
/// term in one transcript, in O(log n) per question.
///
/// Non-empty ranges sorted by start carry a running maximum of their ends: some range starting
/// before the segment's end reaches past its start exactly when that maximum does. Equal ranges
/// (and so empty ranges, which only coincide) are looked up in a set.
struct TermIndex {
  private let starts: [Int]
  private let maxEnds: [Int]
  private let ranges: Set<TextRange>

  /// Indexes the ranges of the term's segments, given sorted by start.
  init(_ ranges: [TextRange]) {
    var starts: [Int] = []
    var maxEnds: [Int] = []
    for range in ranges where !range.isEmpty {
      starts.append(range.start)
      maxEnds.append(max(maxEnds.last ?? 0, range.end))
    }
    self.starts = starts
    self.maxEnds = maxEnds
    self.ranges = Set(ranges)
  }

  /// Whether `range` overlaps or coincides with one of the term's ranges.
  func touches(_ range: TextRange) -> Bool {
    if ranges.contains(range) { return true }
    if range.isEmpty { return false }
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] < range.end { low = middle + 1 } else { high = middle }
    }
    return low > 0 && maxEnds[low - 1] > range.start
  }
}
