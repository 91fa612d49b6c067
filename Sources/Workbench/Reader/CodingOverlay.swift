import SarapCore

/// The codings drawn over the open transcript, sorted by start, each with a gutter stripe column.
///
/// Stripe columns are assigned once per change of the codings (greedy interval colouring over the
/// whole transcript), so a coding keeps its column while the reader scrolls, and overlapping
/// codings always get different columns, as MAXQDA's coding stripes do.
public struct CodingOverlay: Equatable, Sendable {
  /// The codings shown, sorted by start, then end, then code.
  public let codings: [Coding]
  /// The stripe column of each coding, parallel to ``codings``.
  public let columns: [Int]
  /// The longest coding's length, to bound searches by start.
  let longest: Int

  /// Creates an overlay of the given codings.
  public init(_ codings: [Coding] = []) {
    let sorted = codings.sorted { ($0.range, $0.code, $0.coder) < ($1.range, $1.code, $1.coder) }
    self.codings = sorted
    self.columns = Self.stripeColumns(sorted)
    self.longest = sorted.map(\.range.length).max() ?? 0
  }

  /// The positions in ``codings`` of the codings that share a scalar with `range` (or, for an
  /// empty coding, lie at its start inside `range`), in order.
  public func indices(overlapping range: Range<Int>) -> [Int] {
    var low = 0
    var high = codings.count
    let earliest = range.lowerBound - longest
    while low < high {
      let middle = (low + high) / 2
      if codings[middle].range.start < earliest { low = middle + 1 } else { high = middle }
    }
    var result: [Int] = []
    var index = low
    while index < codings.count,
      codings[index].range.start < max(range.upperBound, range.lowerBound + 1)
    {
      let coded = codings[index].range
      if coded.end > range.lowerBound || (coded.isEmpty && coded.start >= range.lowerBound) {
        result.append(index)
      }
      index += 1
    }
    return result
  }

  private static func stripeColumns(_ codings: [Coding]) -> [Int] {
    var columnEnds: [Int] = []
    var result: [Int] = []
    result.reserveCapacity(codings.count)
    for coding in codings {
      let end = max(coding.range.end, coding.range.start + 1)
      if let free = columnEnds.firstIndex(where: { $0 <= coding.range.start }) {
        columnEnds[free] = end
        result.append(free)
      } else {
        columnEnds.append(end)
        result.append(columnEnds.count - 1)
      }
    }
    return result
  }
}
