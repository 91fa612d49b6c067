import SarapCore

/// MAXQDA's segment matching: a segment is matched when the other coder has a segment of the same
/// code or theme that overlaps at least `threshold` percent of it.
///
/// The test is made from each segment's own side: a short segment nested in a long one can be
/// matched while the long one is not. An empty segment is matched only by the same empty range.
struct SegmentMatching {
  /// The overlap needed, in percent of the segment's length.
  let threshold: Int

  /// The counts for one key in one transcript.
  func count(_ ranges: CoderRanges) -> SegmentAgreement {
    SegmentAgreement(
      aSegments: ranges.a.count, bSegments: ranges.b.count,
      aMatched: ranges.a.filter { isMatched($0, by: ranges.b) }.count,
      bMatched: ranges.b.filter { isMatched($0, by: ranges.a) }.count)
  }

  /// Whether one of `others` overlaps at least the threshold of `segment`.
  func isMatched(_ segment: TextRange, by others: Set<TextRange>) -> Bool {
    if segment.isEmpty { return others.contains(segment) }
    return others.contains { other in
      let shared = segment.intersection(other)?.length ?? 0
      return shared > 0 && 100 * shared >= threshold * segment.length
    }
  }
}
