import SarapCore

extension TextDiff {
  /// A block of units (lines or words) that differ, as spans of the older and the newer text.
  struct UnitBlock {
    var old: Range<Int>
    var new: Range<Int>
  }

  /// How a span is cut into units: the offsets where units start, plus the span's end.
  typealias Cutting = ([Unicode.Scalar], Range<Int>) -> [Int]

  /// The changed blocks of units within two spans, found by diffing the units as wholes; nil
  /// when that diff gives up too.
  static func unitBlocks(
    _ old: [Unicode.Scalar], _ oldSpan: Range<Int>, _ new: [Unicode.Scalar],
    _ newSpan: Range<Int>, cut: Cutting
  ) -> [UnitBlock]? {
    let oldUnits = cut(old, oldSpan)
    let newUnits = cut(new, newSpan)
    var numbers: [ArraySlice<Unicode.Scalar>: Int] = [:]
    func number(_ scalars: [Unicode.Scalar], _ starts: [Int], _ index: Int) -> Int {
      let unit = scalars[starts[index]..<starts[index + 1]]
      if let known = numbers[unit] { return known }
      numbers[unit] = numbers.count
      return numbers.count - 1
    }
    let a = (0..<max(0, oldUnits.count - 1)).map { number(old, oldUnits, $0) }
    let b = (0..<max(0, newUnits.count - 1)).map { number(new, newUnits, $0) }
    // Units are few and each stands for many scalars: a larger search is worth it.
    guard let runs = MyersDiff.runs(a, b, budget: 500_000_000) else { return nil }
    return gaps(between: runs, oldCount: a.count, newCount: b.count).map {
      UnitBlock(
        old: oldUnits[$0.old.start]..<oldUnits[$0.old.end],
        new: newUnits[$0.new.start]..<newUnits[$0.new.end])
    }
  }

  /// Lines, each with its `\n`.
  static func lineStarts(_ scalars: [Unicode.Scalar], _ span: Range<Int>) -> [Int] {
    cut(scalars, span) { scalars[$0 - 1] == "\n" }
  }

  /// Words and the whitespace between them, as separate units.
  static func wordStarts(_ scalars: [Unicode.Scalar], _ span: Range<Int>) -> [Int] {
    cut(scalars, span) {
      scalars[$0 - 1].properties.isWhitespace || scalars[$0].properties.isWhitespace
    }
  }

  /// The span's start, every offset inside it where `startsUnit` holds, and its end.
  private static func cut(
    _ scalars: [Unicode.Scalar], _ span: Range<Int>, startsUnit: (Int) -> Bool
  ) -> [Int] {
    guard !span.isEmpty else { return [span.lowerBound] }
    var starts = [span.lowerBound]
    for index in (span.lowerBound + 1)..<span.upperBound where startsUnit(index) {
      starts.append(index)
    }
    starts.append(span.upperBound)
    return starts
  }
}
