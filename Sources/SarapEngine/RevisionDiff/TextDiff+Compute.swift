import SarapCore

extension TextDiff {
  /// Compares two texts scalar by scalar.
  ///
  /// The common prefix and suffix are trimmed first; the rest is compared line by line, and each
  /// changed block of lines scalar by scalar (``MyersDiff``); a block too different for that is
  /// compared word by word first. A 300,000-scalar transcript with a few corrections costs little
  /// more than one pass over it. What is still too different to diff within the limit is
  /// reported as replaced whole.
  public init(from old: [Unicode.Scalar], to new: [Unicode.Scalar]) {
    let prefix = Self.commonPrefix(old, new)
    let suffix = Self.commonSuffix(old, new, after: prefix)
    var hunks: [Hunk] = []
    let oldMiddle = prefix..<(old.count - suffix)
    let newMiddle = prefix..<(new.count - suffix)
    if !oldMiddle.isEmpty || !newMiddle.isEmpty {
      let blocks =
        Self.unitBlocks(old, oldMiddle, new, newMiddle, cut: Self.lineStarts)
        ?? [UnitBlock(old: oldMiddle, new: newMiddle)]
      for block in blocks {
        hunks += Self.refinedHunks(old, block.old, new, block.new)
      }
    }
    self.init(hunks: hunks, oldLength: old.count, newLength: new.count)
  }

  /// Compares two texts.
  public init(from old: String, to new: String) {
    self.init(from: Array(old.unicodeScalars), to: Array(new.unicodeScalars))
  }

  static func commonPrefix(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var count = 0
    let limit = min(a.count, b.count)
    while count < limit && a[count] == b[count] { count += 1 }
    return count
  }

  static func commonSuffix(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], after prefix: Int) -> Int {
    var count = 0
    let limit = min(a.count, b.count) - prefix
    while count < limit && a[a.count - 1 - count] == b[b.count - 1 - count] { count += 1 }
    return count
  }

  /// The hunks of one changed block: scalar by scalar, else word by word and then scalar by
  /// scalar within each changed run of words, else the whole block.
  static func refinedHunks(
    _ old: [Unicode.Scalar], _ oldSpan: Range<Int>, _ new: [Unicode.Scalar], _ newSpan: Range<Int>
  ) -> [Hunk] {
    if let hunks = scalarHunks(old, oldSpan, new, newSpan) { return hunks }
    guard let blocks = unitBlocks(old, oldSpan, new, newSpan, cut: wordStarts) else {
      return [Hunk(old: TextRange(oldSpan), new: TextRange(newSpan))]
    }
    return blocks.flatMap {
      scalarHunks(old, $0.old, new, $0.new)
        ?? [Hunk(old: TextRange($0.old), new: TextRange($0.new))]
    }
  }

  /// The hunks of one changed block, scalar by scalar; nil when too different.
  static func scalarHunks(
    _ old: [Unicode.Scalar], _ oldSpan: Range<Int>, _ new: [Unicode.Scalar], _ newSpan: Range<Int>
  ) -> [Hunk]? {
    let a = old[oldSpan].map { Int($0.value) }
    let b = new[newSpan].map { Int($0.value) }
    guard let runs = MyersDiff.runs(a, b) else { return nil }
    return gaps(between: runs, oldCount: a.count, newCount: b.count).map {
      Hunk(
        old: TextRange(
          start: oldSpan.lowerBound + $0.old.start, end: oldSpan.lowerBound + $0.old.end),
        new: TextRange(
          start: newSpan.lowerBound + $0.new.start, end: newSpan.lowerBound + $0.new.end))
    }
  }

  /// The spans between equal runs: what was replaced, in local offsets.
  static func gaps(between runs: [MyersDiff.Run], oldCount: Int, newCount: Int) -> [Hunk] {
    var result: [Hunk] = []
    var x = 0
    var y = 0
    for run in runs + [MyersDiff.Run(old: oldCount, new: newCount, length: 0)] {
      if run.old > x || run.new > y {
        result.append(
          Hunk(old: TextRange(start: x, end: run.old), new: TextRange(start: y, end: run.new)))
      }
      x = run.old + run.length
      y = run.new + run.length
    }
    return result
  }
}
