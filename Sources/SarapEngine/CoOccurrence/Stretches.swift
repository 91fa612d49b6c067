/// Counts the stretches of the ``CoOccurrenceUnit/overlap`` and ``CoOccurrenceUnit/near(_:)``
/// units: the connected groups of spans that lie within reach of each other.
///
/// Spans are half-open `[start, end)` in a coordinate (characters, or paragraph indices) and must
/// come sorted by start. A span joins the current stretch when `start < maxEnd + reach`, where
/// `maxEnd` is the largest end in the stretch so far: reach 0 is overlap, `N + 1` characters is
/// "at most N characters apart". One pass, O(n).
struct Stretches {
  /// How far past a stretch's end a span may start and still join it.
  let reach: Int
  /// Whether empty spans stand alone (overlap: an empty range only coincides with itself).
  let isolatesEmpty: Bool

  /// A span tagged with which of the pair's codes it belongs to (bit 0: first, bit 1: second).
  struct Span: Sendable {
    var start: Int
    var end: Int
    var flags: UInt8
  }

  /// The number of stretches holding the first code, the second code, and both.
  struct Count: Sendable {
    var first = 0
    var second = 0
    var both = 0

    mutating func close(_ flags: UInt8) {
      if flags & 1 != 0 { first += 1 }
      if flags & 2 != 0 { second += 1 }
      if flags == 3 { both += 1 }
    }
  }

  /// Counts the stretches of spans sorted by start.
  func count<Spans: Sequence<Span>>(_ spans: Spans) -> Count {
    var count = Count()
    var open: (maxEnd: Int, flags: UInt8)?
    var empty: (at: Int, flags: UInt8)?
    for span in spans {
      if isolatesEmpty && span.start == span.end {
        if let pending = empty, pending.at == span.start {
          empty = (pending.at, pending.flags | span.flags)
        } else {
          if let pending = empty { count.close(pending.flags) }
          empty = (span.start, span.flags)
        }
      } else if let current = open, span.start < current.maxEnd + reach {
        open = (max(current.maxEnd, span.end), current.flags | span.flags)
      } else {
        if let current = open { count.close(current.flags) }
        open = (span.end, span.flags)
      }
    }
    if let current = open { count.close(current.flags) }
    if let pending = empty { count.close(pending.flags) }
    return count
  }

  /// Counts the stretches of two sorted span lists merged: the first list tagged 1, the second 2.
  func count(_ first: [Span], _ second: [Span]) -> Count {
    count(MergedSpans(first: first, second: second))
  }
}

/// Two span lists sorted by (start, end), merged in that order, tagged by list.
private struct MergedSpans: Sequence, IteratorProtocol {
  let first: [Stretches.Span]
  let second: [Stretches.Span]
  var i = 0
  var j = 0

  init(first: [Stretches.Span], second: [Stretches.Span]) {
    self.first = first
    self.second = second
  }

  mutating func next() -> Stretches.Span? {
    let takeFirst: Bool
    if i < first.count, j < second.count {
      takeFirst = (first[i].start, first[i].end) <= (second[j].start, second[j].end)
    } else {
      takeFirst = i < first.count
    }
    if takeFirst {
      guard i < first.count else { return nil }
      defer { i += 1 }
      return Stretches.Span(start: first[i].start, end: first[i].end, flags: 1)
    }
    guard j < second.count else { return nil }
    defer { j += 1 }
    return Stretches.Span(start: second[j].start, end: second[j].end, flags: 2)
  }
}
