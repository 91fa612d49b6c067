import SarapCore

/// The characters two coders covered with one key in one transcript: each coder's ranges merged
/// into disjoint runs, then intersected in one sweep.
struct CharacterCoverage {
  /// Characters coder A covered.
  let aChars: Int
  /// Characters coder B covered.
  let bChars: Int
  /// Characters both covered.
  let bothChars: Int

  init(a: [TextRange], b: [TextRange]) {
    let runsA = Self.merged(a)
    let runsB = Self.merged(b)
    aChars = runsA.reduce(0) { $0 + $1.length }
    bChars = runsB.reduce(0) { $0 + $1.length }
    bothChars = Self.shared(runsA, runsB)
  }

  /// Disjoint, sorted runs covering the same characters as the ranges.
  static func merged(_ ranges: [TextRange]) -> [TextRange] {
    var runs: [TextRange] = []
    for range in ranges.sorted() where !range.isEmpty {
      if let last = runs.last, range.start <= last.end {
        runs[runs.count - 1] = TextRange(start: last.start, end: max(last.end, range.end))
      } else {
        runs.append(range)
      }
    }
    return runs
  }

  /// The characters two lists of disjoint sorted runs share.
  private static func shared(_ a: [TextRange], _ b: [TextRange]) -> Int {
    var i = 0
    var j = 0
    var total = 0
    while i < a.count, j < b.count {
      total += a[i].intersection(b[j])?.length ?? 0
      if a[i].end < b[j].end { i += 1 } else { j += 1 }
    }
    return total
  }
}
