import SarapCore

extension ReaderDocument {
  /// The index in ``lines`` of the body line containing `offset`.
  public func lineIndex(containing offset: Int) -> Int {
    var low = 0
    var high = lines.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if lines[middle].start <= offset { low = middle } else { high = middle }
    }
    return low
  }

  /// The paragraph (a run of non-empty body lines) containing `offset`, or the next one when
  /// `offset` is on an empty line.
  public func paragraph(containing offset: Int) -> TextRange? {
    var first = lineIndex(containing: offset)
    while first < lines.count, lines[first].isEmpty { first += 1 }
    guard first < lines.count else { return nil }
    var last = first
    while first > 0, !lines[first - 1].isEmpty { first -= 1 }
    while last + 1 < lines.count, !lines[last + 1].isEmpty { last += 1 }
    return TextRange(start: lines[first].start, end: lines[last].end)
  }

  /// The last `Character` of the paragraph containing `offset`; when `offset` already ends it,
  /// the end of the next paragraph (`}` while selecting).
  public func paragraphEnd(from offset: Int) -> Int {
    guard var paragraph = paragraph(containing: offset) else { return lastCharacterStart }
    if characterEnd(containing: offset) >= paragraph.end,
      let next = self.paragraph(containing: paragraph.end + 1), next.start > paragraph.start
    {
      paragraph = next
    }
    return characterStart(containing: max(paragraph.end - 1, paragraph.start))
  }

  /// The start of the next paragraph after `offset` (`}` while browsing); the last `Character`
  /// when there is none.
  public func nextParagraphStart(from offset: Int) -> Int {
    guard let paragraph = paragraph(containing: offset), paragraph.start <= offset,
      let next = self.paragraph(containing: paragraph.end + 1), next.start > paragraph.start
    else {
      return self.paragraph(containing: offset).map(\.start).map(clampedCursor)
        ?? lastCharacterStart
    }
    return next.start
  }

  /// The start of the previous paragraph before `offset` (`{`).
  public func previousParagraphStart(from offset: Int) -> Int {
    var index = lineIndex(containing: offset)
    if let current = paragraph(containing: offset), current.start < offset {
      return current.start
    }
    index -= 1
    while index > 0, lines[index].isEmpty { index -= 1 }
    guard index >= 0 else { return 0 }
    return paragraph(containing: lines[index].start)?.start ?? 0
  }

  /// The spoken text of the turn containing `offset`; nil outside any turn or for an empty turn.
  public func answer(containing offset: Int) -> TextRange? {
    guard let turn = turn(containing: offset),
      turn.range.contains(offset: offset) || offset == length, !turn.textRange.isEmpty
    else { return nil }
    return turn.textRange
  }

  /// The turn containing `offset` (the last turn starting at or before it).
  public func turn(containing offset: Int) -> Turn? {
    let after = turns.partitionPoint { $0.range.start > offset }
    return after > 0 ? turns[after - 1] : nil
  }
}
