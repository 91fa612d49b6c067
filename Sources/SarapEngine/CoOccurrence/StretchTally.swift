/// Adds up stretch units (``CoOccurrenceUnit/overlap``, ``CoOccurrenceUnit/near(_:)``) over
/// transcripts, one transcript at a time.
///
/// Per transcript, each key's spans are joined among themselves (its own stretches, the
/// diagonal) and, for every pair of keys present, with the other key's spans. A pair's `n1` is
/// the first key's own stretches in every transcript, corrected in the transcripts where the
/// other key is present too (where bridging may join some of them). Cost per transcript:
/// O(keys present × spans).
struct StretchTally {
  let keyCount: Int
  let stretches: Stretches
  /// Each key's own stretches, summed over transcripts.
  private(set) var own: [Int]
  /// `n12` per ordered pair (row-major, symmetric).
  private(set) var both: [Int]
  /// Per ordered pair (a, b): stretches holding a when joined with b, minus a's own stretches.
  private(set) var correction: [Int]

  init(keyCount: Int, stretches: Stretches) {
    self.keyCount = keyCount
    self.stretches = stretches
    own = Array(repeating: 0, count: keyCount)
    both = Array(repeating: 0, count: keyCount * keyCount)
    correction = Array(repeating: 0, count: keyCount * keyCount)
  }

  /// Adds one transcript: `spans[key]` sorted by start for each key in `present` (ascending).
  mutating func add(spans: [[Stretches.Span]], present: [Int]) {
    var ownHere: [Int: Int] = [:]
    for key in present {
      let count = stretches.count(spans[key]).first
      ownHere[key] = count
      own[key] += count
    }
    for (index, a) in present.enumerated() {
      for b in present[(index + 1)...] {
        let count = stretches.count(spans[a], spans[b])
        both[a * keyCount + b] += count.both
        both[b * keyCount + a] += count.both
        correction[a * keyCount + b] += count.first - (ownHere[a] ?? 0)
        correction[b * keyCount + a] += count.second - (ownHere[b] ?? 0)
      }
    }
  }

  /// The cells, row-major; the diagonal holds each key's own stretches.
  func cells() -> [CoOccurrenceCell] {
    var cells: [CoOccurrenceCell] = []
    cells.reserveCapacity(keyCount * keyCount)
    for a in 0..<keyCount {
      for b in 0..<keyCount {
        if a == b {
          cells.append(CoOccurrenceCell(both: own[a], first: own[a], second: own[a]))
        } else {
          cells.append(
            CoOccurrenceCell(
              both: both[a * keyCount + b], first: own[a] + correction[a * keyCount + b],
              second: own[b] + correction[b * keyCount + a]))
        }
      }
    }
    return cells
  }
}

/// Adds up fixed units (answers, transcripts): each unit is the set of keys occurring in it.
struct UnitTally {
  let keyCount: Int
  private(set) var units = 0
  private(set) var occurs: [Int]
  private(set) var both: [Int]

  init(keyCount: Int) {
    self.keyCount = keyCount
    occurs = Array(repeating: 0, count: keyCount)
    both = Array(repeating: 0, count: keyCount * keyCount)
  }

  /// Adds one unit with the keys occurring in it (distinct, ascending).
  mutating func add(unit present: [Int]) {
    units += 1
    for (index, a) in present.enumerated() {
      occurs[a] += 1
      for b in present[(index + 1)...] {
        both[a * keyCount + b] += 1
        both[b * keyCount + a] += 1
      }
    }
  }

  /// The cells, row-major; the diagonal holds each key's units.
  func cells() -> [CoOccurrenceCell] {
    var cells: [CoOccurrenceCell] = []
    cells.reserveCapacity(keyCount * keyCount)
    for a in 0..<keyCount {
      for b in 0..<keyCount {
        let count = a == b ? occurs[a] : both[a * keyCount + b]
        cells.append(CoOccurrenceCell(both: count, first: occurs[a], second: occurs[b]))
      }
    }
    return cells
  }
}
