/// Whether a match of an expression opening with `\b` can start before a scalar of a text, told
/// from the scalars around it, in the cases where every reading of `\b` agrees (Unicode's default
/// word boundaries, UAX #29, and the simple rule of a `\w` on one side only).
///
/// A search that tries such an expression only where its literal occurs (``RegexSearch``) tries
/// it on the text from there, where `\b` would always hold; this says where it holds in the
/// whole text. Anything else (a colon or apostrophe between letters, a combining mark, another
/// script) is ``Verdict/unknown``, and the text is then searched whole.
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
    guard position > 0 else { return .boundary }
    var lead = position - 1
    while lead > 0, text[lead] & 0xC0 == 0x80 { lead -= 1 }
    guard let previous = Unicode.Scalar(LiteralFinder.decode(text, at: lead).0) else {
      return .unknown
    }
    // A narrow no-break space joins words in UAX #29 (it is ExtendNumLet there).
    if previous.properties.isWhitespace && previous != "\u{202F}" || separators.contains(previous) {
      return .boundary
    }
    if isWordLetter(previous) || previous == "_" || ("0"..."9").contains(previous) {
      return .inside
    }
    return .unknown
  }
}
