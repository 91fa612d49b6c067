/// A word or punctuation mark of a text, with the folded form used to compare it.
///
/// Guide questions are compared word by word: two tokens are the same word when their ``key``s
/// are equal, whatever their case, and whatever Latin look-alike letters or decomposed letters a
/// Kazakh text was typed with (see ``WordToken/fold(_:)``).
public struct WordToken: Hashable, Sendable {
  /// The token as written.
  public var text: String
  /// The form compared: lower case, Kazakh letters composed and look-alikes folded.
  public var key: String
  /// Whether whitespace precedes the token in the source text.
  public var spaceBefore: Bool
  /// Whether the token is a word (letters or digits) rather than punctuation.
  public var isWord: Bool

  /// Creates a token; ``key`` is computed from `text`.
  public init(text: String, spaceBefore: Bool, isWord: Bool) {
    self.text = text
    self.key = isWord ? Self.fold(text) : text
    self.spaceBefore = spaceBefore
    self.isWord = isWord
  }
}

extension WordToken {
  /// Splits a text into words and punctuation marks; whitespace separates tokens and is dropped.
  ///
  /// A word is a run of letters, digits and combining marks; a hyphen or apostrophe between two
  /// letters stays inside the word (`Қазақстан-Ресей`). Every other visible character is a token
  /// of its own. Soft hyphens and zero-width characters are ignored.
  public static func tokens(in text: String) -> [WordToken] {
    var result: [WordToken] = []
    var word = String.UnicodeScalarView()
    var spaceBefore = false
    var pendingSpace = false
    let scalars = Array(text.unicodeScalars)
    func flushWord() {
      guard !word.isEmpty else { return }
      result.append(WordToken(text: String(word), spaceBefore: spaceBefore, isWord: true))
      word = String.UnicodeScalarView()
    }
    for (index, scalar) in scalars.enumerated() {
      if isIgnorable(scalar) { continue }
      if isWordScalar(scalar)
        || (isJoiner(scalar) && !word.isEmpty && index + 1 < scalars.count
          && isWordScalar(scalars[index + 1]))
      {
        if word.isEmpty { spaceBefore = pendingSpace }
        word.append(scalar)
        pendingSpace = false
        continue
      }
      flushWord()
      if scalar.properties.isWhitespace {
        pendingSpace = true
        continue
      }
      result.append(WordToken(text: String(scalar), spaceBefore: pendingSpace, isWord: false))
      pendingSpace = false
    }
    flushWord()
    return result
  }

  /// The word tokens of a text, punctuation left out.
  public static func words(in text: String) -> [WordToken] { tokens(in: text).filter(\.isWord) }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2010}"
  }

  private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{00AD}" || scalar == "\u{200B}" || scalar == "\u{200C}" || scalar == "\u{200D}"
      || scalar == "\u{FEFF}"
  }
}
