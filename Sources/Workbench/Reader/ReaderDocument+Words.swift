extension ReaderDocument {
  /// What a `Character` is, for word motions.
  enum CharacterClass: Equatable {
    case space
    case word
    case punctuation
  }

  /// The class of the `Character` with the given index; `bigWords` treats all non-space alike.
  func characterClass(at index: Int, bigWords: Bool = false) -> CharacterClass {
    let scalar = scalars[start(ofCharacter: index)]
    let properties = scalar.properties
    if properties.isWhitespace { return .space }
    if bigWords || properties.isAlphabetic || properties.numericType != nil || scalar == "_" {
      return .word
    }
    return .punctuation
  }

  /// The start of the next word after `offset` (vim `w`, or `W` with `bigWords`).
  public func wordForward(from offset: Int, bigWords: Bool = false) -> Int {
    guard var index = characterIndex(containing: offset) else { return 0 }
    let last = characterCount - 1
    let kind = characterClass(at: index, bigWords: bigWords)
    if kind != .space {
      while index < last, characterClass(at: index + 1, bigWords: bigWords) == kind { index += 1 }
      index = min(index + 1, last)
    }
    while index < last, characterClass(at: index, bigWords: bigWords) == .space { index += 1 }
    return start(ofCharacter: index)
  }

  /// The last `Character` of the word at or after the next `Character` (vim `e`).
  public func wordEnd(from offset: Int, bigWords: Bool = false) -> Int {
    guard var index = characterIndex(containing: offset) else { return 0 }
    let last = characterCount - 1
    index = min(index + 1, last)
    while index < last, characterClass(at: index, bigWords: bigWords) == .space { index += 1 }
    let kind = characterClass(at: index, bigWords: bigWords)
    while index < last, characterClass(at: index + 1, bigWords: bigWords) == kind { index += 1 }
    return start(ofCharacter: index)
  }

  /// The start of the word before `offset`, or of the word `offset` is inside (vim `b`).
  public func wordBackward(from offset: Int, bigWords: Bool = false) -> Int {
    guard var index = characterIndex(containing: offset) else { return 0 }
    index = max(index - 1, 0)
    while index > 0, characterClass(at: index, bigWords: bigWords) == .space { index -= 1 }
    let kind = characterClass(at: index, bigWords: bigWords)
    while index > 0, characterClass(at: index - 1, bigWords: bigWords) == kind { index -= 1 }
    return start(ofCharacter: index)
  }

  /// The range of the word (or run of punctuation) containing `offset`; nil on a space.
  public func word(at offset: Int) -> TextRangeOffsets? {
    guard var first = characterIndex(containing: offset) else { return nil }
    let kind = characterClass(at: first)
    guard kind != .space else { return nil }
    var last = first
    while first > 0, characterClass(at: first - 1) == kind { first -= 1 }
    while last + 1 < characterCount, characterClass(at: last + 1) == kind { last += 1 }
    return start(ofCharacter: first)..<start(ofCharacter: last + 1)
  }
}

/// A half-open range of scalar offsets, before it becomes a ``SarapCore/TextRange``.
public typealias TextRangeOffsets = Range<Int>
