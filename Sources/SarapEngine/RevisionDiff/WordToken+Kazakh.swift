extension WordToken {
  /// Folds a word for comparison: lower case, decomposed letters composed, look-alikes unified.
  ///
  /// Kazakh texts are often typed on Russian or Latin keyboards: `й` arrives as `и` plus a
  /// combining breve, `ә` as the Latin schwa `ə`, `і` as the Latin `i`, `һ` as the Latin `h`, and
  /// Cyrillic words pick up Latin look-alikes (`а`/`a`, `о`/`o`, …). In a word with at least one
  /// Cyrillic letter every such look-alike is read as the Cyrillic letter, so the two spellings
  /// compare equal; Latin words are left alone.
  public static func fold(_ word: String) -> String {
    let lowered = Array(word.lowercased().unicodeScalars)
    var composed: [Unicode.Scalar] = []
    for scalar in lowered {
      if let last = composed.last, let letter = composition[[last, scalar]] {
        composed[composed.count - 1] = letter
      } else {
        composed.append(scalar)
      }
    }
    let isCyrillic = composed.contains { (0x0400...0x04FF).contains($0.value) }
    var result = String.UnicodeScalarView()
    for scalar in composed {
      if let letter = schwaLike[scalar] {
        result.append(letter)
      } else if isCyrillic, let letter = latinLookAlike[scalar] {
        result.append(letter)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Letter plus combining mark pairs that Kazakh text composes.
  private static let composition: [[Unicode.Scalar]: Unicode.Scalar] = [
    ["и", "\u{0306}"]: "й", ["е", "\u{0308}"]: "ё", ["у", "\u{0306}"]: "ў",
    ["і", "\u{0308}"]: "ї",
  ]

  /// Non-Cyrillic letters that stand for Kazakh letters in any word.
  private static let schwaLike: [Unicode.Scalar: Unicode.Scalar] = [
    "\u{0259}": "ә", "\u{0275}": "ө",
  ]

  /// Latin letters that look like Cyrillic ones (lower case), read as Cyrillic in Cyrillic words.
  private static let latinLookAlike: [Unicode.Scalar: Unicode.Scalar] = [
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "h": "һ",
    "k": "к", "m": "м", "t": "т", "b": "в",
  ]
}
