import SarapCore
import TerminalKit

/// The codings drawn over the open transcript, sorted by start, each with a gutter stripe column.
///
/// Stripe columns are assigned once per change of the codings or of the wrap width (greedy
/// interval colouring of the rows each coding spans, over the whole transcript), so a coding keeps
/// its column while the reader scrolls, and codings sharing a row always get different columns, as
/// MAXQDA's coding stripes do.
public struct CodingOverlay: Equatable, Sendable {
  /// The codings shown, sorted by start, then end, then code.
  public let codings: [Coding]
  /// The stripe column of each coding, parallel to ``codings``.
  public let columns: [Int]
  /// The longest coding's length, to bound searches by start.
  let longest: Int

  /// Creates an overlay of the given codings, their stripes placed by the rows of `layout`.
  public init(_ codings: [Coding] = [], layout: TextLayout? = nil) {
    let sorted = codings.sorted { ($0.range, $0.code, $0.coder) < ($1.range, $1.code, $1.coder) }
    self.codings = sorted
    self.columns = Self.stripeColumns(sorted.map { Self.rows(of: $0.range, in: layout) })
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

  /// The rows a range spans (first and last included), or its scalars without a layout.
  private static func rows(of range: TextRange, in layout: TextLayout?) -> ClosedRange<Int> {
    guard let layout else { return range.start...max(range.start, range.end - 1) }
    return layout.row(ofScalar: range.start)...layout.row(ofScalar: max(range.start, range.end - 1))
  }

  /// Greedy colouring of row spans sorted by first row: each takes the first column free by then.
  private static func stripeColumns(_ spans: [ClosedRange<Int>]) -> [Int] {
    var columnEnds: [Int] = []
    var result: [Int] = []
    result.reserveCapacity(spans.count)
    for span in spans {
      let end = span.upperBound + 1
      if let free = columnEnds.firstIndex(where: { $0 <= span.lowerBound }) {
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
