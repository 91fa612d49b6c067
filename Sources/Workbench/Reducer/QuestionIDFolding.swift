/// Guide question ids as a researcher types them: `Q2a` with a Latin `a` is the guide's `Q2а`
/// with a Cyrillic one.
enum QuestionIDFolding {
  /// The id lower-cased, with Cyrillic letters that look like Latin ones read as Latin.
  static func fold(_ id: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in id.lowercased().unicodeScalars {
      result.append(cyrillicLookAlike[scalar] ?? scalar)
    }
    return String(result)
  }

  /// Cyrillic letters that look like Latin ones (lower case).
  private static let cyrillicLookAlike: [Unicode.Scalar: Unicode.Scalar] = [
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "һ": "h",
    "к": "k", "м": "m", "т": "t", "в": "b",
  ]
}
