import SarapCore

/// A transcript body cut into word and number tokens, for the anonymisation rules.
///
/// A token is a run of letters and digits; a hyphen or apostrophe between two of them joins them
/// (`әл-Фараби`, `вице-министр`, `45-летний`). Offsets are Unicode scalars, like every
/// ``TextRange``.
struct ScanText {
  /// The text's scalars.
  let scalars: [Unicode.Scalar]
  /// The tokens, in order.
  let tokens: [Token]
  /// Each token's lower-case text and its stems (``WordForms/stems(of:)``), computed once per
  /// distinct word: the rules ask for them many times, and stripping endings is what a scan
  /// spends its time on.
  let forms: [[(stem: String, ending: String)]]

  /// One word or number of the text.
  struct Token: Hashable {
    /// Where it is.
    let range: TextRange
    /// Its text as written.
    let text: String
    /// Its text in lower case.
    let lower: String
    /// The word without an ending written after a hyphen (`АҚШ` of `АҚШ-тың`, `КазГУ` of
    /// `КазГУ-дың`); the whole word otherwise.
    let core: String
    /// Whether it starts with a capital letter and has a small letter (`Алматы`, not `АҚШ` nor
    /// `АҚШ-тың`).
    let isCapitalised: Bool

    /// A token; its ``core`` and ``isCapitalised`` are worked out once, as every rule asks.
    init(range: TextRange, text: String, lower: String) {
      self.range = range
      self.text = text
      self.lower = lower
      let core = Self.core(of: text)
      self.core = core
      let scalars = core.unicodeScalars
      isCapitalised =
        scalars.first?.properties.isUppercase == true && scalars.count > 1
        && scalars.contains { $0.properties.isLowercase }
    }

    /// Whether it is all digits.
    var isNumber: Bool { text.unicodeScalars.allSatisfy(ScanText.isDigit) }

    /// See ``core``.
    private static func core(of text: String) -> String {
      guard text.unicodeScalars.contains("-"), let hyphen = text.lastIndex(of: "-") else {
        return text
      }
      let tail = text[text.index(after: hyphen)...]
      guard tail.allSatisfy(\.isLowercase),
        WordForms.stems(of: "xx" + tail.lowercased()).contains(where: { $0.stem == "xx" })
      else { return text }
      return String(text[..<hyphen])
    }

    /// The range of ``core``.
    var coreRange: TextRange {
      TextRange(start: range.start, end: range.start + core.unicodeScalars.count)
    }

    /// The number it is, when it is all digits (and short enough to be a day, an age or a year).
    var number: Int? { isNumber && text.utf8.count <= 4 ? Int(text) : nil }
  }

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var tokens: [Token] = []
    var index = 0
    while index < scalars.count {
      guard Self.isWordScalar(scalars[index]) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count {
        if Self.isWordScalar(scalars[end]) {
          end += 1
        } else if "-'’".unicodeScalars.contains(scalars[end]), end + 1 < scalars.count,
          Self.isWordScalar(scalars[end + 1])
        {
          end += 2
        } else {
          break
        }
      }
      let text = String(String.UnicodeScalarView(scalars[index..<end]))
      tokens.append(
        Token(range: TextRange(start: index, end: end), text: text, lower: text.lowercased()))
      index = end
    }
    self.tokens = tokens
    var known: [String: [(stem: String, ending: String)]] = [:]
    forms = tokens.map { token in
      if let found = known[token.lower] { return found }
      let found = WordForms.stems(of: token.lower)
      known[token.lower] = found
      return found
    }
  }

  /// Whether a token, or one of its stems, is a well-known name
  /// (``AnonymisationVocabulary/isWellKnown(_:)`` of its ``Token/core``).
  func isWellKnown(_ index: Int) -> Bool {
    let token = tokens[index]
    guard !token.text.contains("-") else { return AnonymisationVocabulary.isWellKnown(token.core) }
    return forms[index].contains { AnonymisationVocabulary.wellKnown.contains($0.stem) }
  }

  /// Whether a word starts with a prefix, compared scalar by scalar (the rules' prefixes are
  /// lower-case words; comparing characters costs a scan most of its time).
  static func hasPrefix(_ word: String, _ prefix: String) -> Bool {
    word.unicodeScalars.starts(with: prefix.unicodeScalars)
  }

  /// A letter, a digit or a combining mark.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || isDigit(scalar)
      || scalar.properties.generalCategory == .nonspacingMark
  }

  /// An ASCII digit.
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// The text of a range.
  func string(_ range: TextRange) -> String {
    String(String.UnicodeScalarView(scalars[range.start..<range.end]))
  }

  /// The text between two tokens (`first` before `second`).
  func gap(_ first: Int, _ second: Int) -> String {
    string(TextRange(start: tokens[first].range.end, end: tokens[second].range.start))
  }

  /// Whether two neighbouring tokens are separated by spaces only, on one line.
  func isSpaced(_ first: Int, _ second: Int) -> Bool {
    let gap = gap(first, second)
    return !gap.isEmpty && gap.unicodeScalars.allSatisfy { $0 == " " || $0 == "\u{A0}" }
  }

  /// Whether the token is the first word of a sentence: at the start of the text or of a line,
  /// or after `.`, `!`, `?`, `…` or `:` (a speaker label such as `R07:`), opening quotes,
  /// brackets and dashes skipped.
  func startsSentence(_ index: Int) -> Bool {
    var offset = tokens[index].range.start - 1
    while offset >= 0 {
      let scalar = scalars[offset]
      if scalar == "\n" || ".!?…:".unicodeScalars.contains(scalar) { return true }
      if !(scalar.properties.isWhitespace || "«\"“„'(—–-[".unicodeScalars.contains(scalar)) {
        return false
      }
      offset -= 1
    }
    return true
  }

  /// The range from the start of one token to the end of another.
  func span(_ first: Int, _ last: Int) -> TextRange {
    TextRange(start: tokens[first].range.start, end: tokens[last].range.end)
  }
}
