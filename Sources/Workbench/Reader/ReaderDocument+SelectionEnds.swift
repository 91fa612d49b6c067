extension ReaderDocument {
  /// Whether the `Character` at `offset` begins a word: a word `Character` with a space,
  /// punctuation or the body's start before it.
  public func beginsWord(at offset: Int) -> Bool {
    guard let index = characterIndex(containing: offset), characterClass(at: index) == .word
    else { return false }
    return index == 0 || characterClass(at: index - 1) != .word
  }

  /// Where `{` takes a selection's moving end: the previous paragraph's start, or just after
  /// its speaker label when it opens a turn (where `a` starts an answer).
  public func selectionParagraphStart(from offset: Int) -> Int {
    var target = previousParagraphStart(from: offset)
    var spoken = afterLabel(target)
    if spoken >= offset, target > 0 {
      target = previousParagraphStart(from: target)
      spoken = afterLabel(target)
    }
    return spoken < offset ? spoken : target
  }

  /// `offset`, moved past the speaker label when it falls inside one.
  private func afterLabel(_ offset: Int) -> Int {
    guard let turn = turn(containing: offset), offset < turn.textRange.start,
      !turn.textRange.isEmpty
    else { return offset }
    return clampedCursor(turn.textRange.start)
  }
}
