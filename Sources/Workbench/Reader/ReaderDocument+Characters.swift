extension ReaderDocument {
  /// The index of the `Character` containing `offset`; nil for an empty body.
  public func characterIndex(containing offset: Int) -> Int? {
    guard characterCount > 0 else { return nil }
    return min(layout.clusters.cluster(containingScalar: max(0, offset)), characterCount - 1)
  }

  /// The start of the `Character` containing `offset` (the offset itself when it is a start).
  public func characterStart(containing offset: Int) -> Int {
    characterIndex(containing: offset).map(start(ofCharacter:)) ?? 0
  }

  /// The offset one past the `Character` starting at or containing `offset`.
  public func characterEnd(containing offset: Int) -> Int {
    characterIndex(containing: offset).map { start(ofCharacter: $0 + 1) } ?? 0
  }

  /// The start of the next `Character`, or the last `Character`'s start at the end of the body.
  public func nextCharacter(after offset: Int) -> Int {
    guard let index = characterIndex(containing: offset) else { return 0 }
    return start(ofCharacter: min(index + 1, characterCount - 1))
  }

  /// The start of the previous `Character`, or 0 at the start of the body.
  public func previousCharacter(before offset: Int) -> Int {
    guard let index = characterIndex(containing: offset) else { return 0 }
    return start(ofCharacter: max(index - 1, 0))
  }

  /// The last `Character` start of the body; 0 when the body is empty.
  public var lastCharacterStart: Int {
    characterCount > 0 ? start(ofCharacter: characterCount - 1) : 0
  }

  /// A valid cursor position nearest to `offset`: clamped to the body, moved to a `Character` start.
  public func clampedCursor(_ offset: Int) -> Int {
    characterStart(containing: min(max(offset, 0), lastCharacterStart))
  }
}
