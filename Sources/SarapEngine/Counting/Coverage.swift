import SarapCore

/// Collects the coded ranges of one code or theme and sums them up as ``Figures``.
///
/// Ranges are kept as `(transcript, start, end)` and summarised with one sort and one sweep:
/// O(n log n) for n codings, however much they overlap.
struct Coverage: Sendable {
  private var spans: [Span] = []

  private struct Span: Comparable, Sendable {
    var transcript: Int
    var start: Int
    var end: Int

    static func < (lhs: Span, rhs: Span) -> Bool {
      (lhs.transcript, lhs.start, lhs.end) < (rhs.transcript, rhs.start, rhs.end)
    }
  }

  /// Adds one coding's range.
  mutating func add(_ segment: Segment) {
    spans.append(
      Span(transcript: segment.transcriptSlot, start: segment.range.start, end: segment.range.end))
  }

  /// The distinct ranges, transcripts and covered characters of everything added.
  func figures() -> Figures {
    var figures = Figures(codings: spans.count)
    var previous: Span?
    var coveredUpTo = 0
    for span in spans.sorted() {
      if span.transcript != previous?.transcript {
        figures.transcripts += 1
        coveredUpTo = 0
      }
      if span != previous { figures.segments += 1 }
      let from = max(span.start, coveredUpTo)
      if span.end > from { figures.characters += span.end - from }
      coveredUpTo = max(coveredUpTo, span.end)
      previous = span
    }
    return figures
  }
}
