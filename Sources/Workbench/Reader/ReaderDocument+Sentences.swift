import SarapCore

extension ReaderDocument {
  /// The last `Character` of the sentence containing `offset`; when `offset` already ends a
  /// sentence, the end of the next one (`)` while selecting).
  public func sentenceEnd(from offset: Int) -> Int {
    guard var index = characterIndex(containing: offset) else { return 0 }
    if endsSentence(index) { index += 1 }
    while index < characterCount, characterClass(at: index) == .space { index += 1 }
    while index < characterCount - 1, !endsSentence(index) { index += 1 }
    return start(ofCharacter: min(index, characterCount - 1))
  }

  /// The first `Character` of the next sentence after `offset` (`)` while browsing).
  public func nextSentenceStart(from offset: Int) -> Int {
    let end = sentenceEnd(from: offset)
    guard var index = characterIndex(containing: end) else { return 0 }
    index += 1
    while index < characterCount, characterClass(at: index) == .space { index += 1 }
    return start(ofCharacter: min(index, characterCount - 1))
  }

  /// Whether the `Character` with this index is the last one of a sentence: a terminator (with
  /// any closing quotes or brackets after it) followed by a space or the end, or the last
  /// non-space `Character` before a line break.
  func endsSentence(_ index: Int) -> Bool {
    guard characterClass(at: index) != .space else { return false }
    let next = index + 1
    guard next < characterCount else { return true }
    let following = scalars[start(ofCharacter: next)]
    if following == "\n" { return true }
    let scalar = scalars[start(ofCharacter: index)]
    guard following.properties.isWhitespace else { return false }
    if Self.terminators.contains(scalar) { return true }
    guard Self.closers.contains(scalar) else { return false }
    var back = index - 1
    while back >= 0, Self.closers.contains(scalars[start(ofCharacter: back)]) { back -= 1 }
    return back >= 0 && Self.terminators.contains(scalars[start(ofCharacter: back)])
  }

  private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
  private static let closers: Set<Unicode.Scalar> = ["»", "”", "\"", ")", "]", "'", "’"]
}
