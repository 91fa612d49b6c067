import SarapCore

extension TextDiff {
  /// A block of lines that differ, as spans of the older and the newer text.
  struct LineBlock {
    var old: Range<Int>
    var new: Range<Int>
  }

  /// The changed blocks of lines within two spans, found by diffing the lines as units.
  ///
  /// Falls back to one block covering both spans when the line diff gives up.
  static func lineBlocks(
    _ old: [Unicode.Scalar], _ oldSpan: Range<Int>, _ new: [Unicode.Scalar], _ newSpan: Range<Int>
  ) -> [LineBlock] {
    let oldLines = lineStarts(old, oldSpan)
    let newLines = lineStarts(new, newSpan)
    var numbers: [ArraySlice<Unicode.Scalar>: Int] = [:]
    func number(_ scalars: [Unicode.Scalar], _ starts: [Int], _ index: Int) -> Int {
      let line = scalars[starts[index]..<starts[index + 1]]
      if let known = numbers[line] { return known }
      numbers[line] = numbers.count
      return numbers.count - 1
    }
    let a = (0..<(oldLines.count - 1)).map { number(old, oldLines, $0) }
    let b = (0..<(newLines.count - 1)).map { number(new, newLines, $0) }
    guard let runs = MyersDiff.runs(a, b) else { return [LineBlock(old: oldSpan, new: newSpan)] }
    return gaps(between: runs, oldCount: a.count, newCount: b.count).map {
      LineBlock(
        old: oldLines[$0.old.start]..<oldLines[$0.old.end],
        new: newLines[$0.new.start]..<newLines[$0.new.end])
    }
  }

  /// The offsets where the lines of a span start, plus the span's end: each line keeps its `\n`.
  static func lineStarts(_ scalars: [Unicode.Scalar], _ span: Range<Int>) -> [Int] {
    var starts = [span.lowerBound]
    for index in span where scalars[index] == "\n" && index + 1 < span.upperBound {
      starts.append(index + 1)
    }
    if span.isEmpty { return starts }
    starts.append(span.upperBound)
    return starts
  }
}
