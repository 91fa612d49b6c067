/// Whether a match of an expression opening with `\b` can start before a scalar of a text, told
/// from the scalars around it, in the cases where every reading of `\b` agrees (Unicode's default
/// word boundaries, UAX #29, and the simple rule of a `\w` on one side only).
///
/// A search that tries such an expression only where its literal occurs (``RegexSearch``) tries
/// it on the text from there, where `\b` would always hold; this says where it holds in the
/// whole text. Anything else (a colon, full stop or apostrophe after a letter, a combining mark,
/// another script) is ``Verdict/unknown``, and the text is then searched whole.
enum WordBoundary {
  /// What the scalars around a position say.
  enum Verdict: Equatable {
    /// A word boundary: a match may start here.
    case boundary
    /// Inside a word: no match starts here.
    case inside
    /// Not told without the expression.
    case unknown
  }

  /// Whether a scalar is a letter every reading treats as a word letter: a Latin or Cyrillic
  /// letter.
  static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    let inScript =
      (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      || (0xC0...0x24F).contains(value) || (0x400...0x52F).contains(value)
    guard inScript else { return false }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: return true
    default: return false
    }
  }

  /// Punctuation that every reading treats as ending a word before a letter (not a colon, full
  /// stop, apostrophe or other mark that UAX #29 lets a word run through).
  private static let separators = Set("\"(),;!?[]{}«»“”„—–-/".unicodeScalars)

  /// The verdict before the scalar starting at byte `position` of UTF-8 `text`.
  static func verdict(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> Verdict {
    guard let next = Unicode.Scalar(LiteralFinder.decode(text, at: position).0),
      isWordLetter(next)
    else { return .unknown }
    guard let (previous, lead) = scalar(before: position, in: text) else { return .boundary }
    if endsWord(previous) { return .boundary }
    if isWordLetter(previous) || previous == "_" || ("0"..."9").contains(previous) {
      return .inside
    }
    // UAX #29 lets a word run through a full stop, colon or apostrophe only between two letters
    // (its rules WB6 and WB7): after anything that ends a word, or at the start, they end one too
    // (an ellipsis before a word).
    if midWord.contains(previous) {
      guard let (beforeThat, _) = scalar(before: lead, in: text) else { return .boundary }
      if endsWord(beforeThat) || midWord.contains(beforeThat) { return .boundary }
    }
    return .unknown
  }

  /// Punctuation UAX #29 lets a word run through when it stands between two letters.
  private static let midWord = Set(".:'".unicodeScalars)

  /// Whether every reading ends a word before a letter that follows this scalar: white space
  /// (but a narrow no-break space, which joins words in UAX #29) or a separator.
  private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace && scalar != "\u{202F}" || separators.contains(scalar)
  }

  /// The scalar ending just before byte `position` of UTF-8 `text`, and the byte it starts at;
  /// nil at the start of the text.
  private static func scalar(before position: Int, in text: UnsafeBufferPointer<UInt8>)
    -> (Unicode.Scalar, Int)?
  {
    guard position > 0 else { return nil }
    var lead = position - 1
    while lead > 0, text[lead] & 0xC0 == 0x80 { lead -= 1 }
    // Valid UTF-8 never decodes to a surrogate; U+FFFD would make any verdict unknown.
    return (Unicode.Scalar(LiteralFinder.decode(text, at: lead).0) ?? "\u{FFFD}", lead)
  }
}
