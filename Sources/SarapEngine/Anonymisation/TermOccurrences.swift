import SarapCore

/// Where a term occurs in a text as a word: starting at a word's start, and ending at a word's
/// end or before a Kazakh or Russian ending (`Қозыбаев` in `Қозыбаевтың`).
public enum TermOccurrences {
  /// The ranges of the term's occurrences, in order, not overlapping.
  public static func ranges(of term: String, in scalars: [Unicode.Scalar]) -> [TextRange] {
    let needle = Array(term.unicodeScalars)
    guard let first = needle.first, !needle.isEmpty, needle.count <= scalars.count else {
      return []
    }
    var ranges: [TextRange] = []
    var index = 0
    while index + needle.count <= scalars.count {
      guard scalars[index] == first, scalars[index..<(index + needle.count)].elementsEqual(needle),
        index == 0 || !ScanText.isWordScalar(scalars[index - 1]),
        endsWord(at: index + needle.count, in: scalars)
      else {
        index += 1
        continue
      }
      ranges.append(TextRange(start: index, end: index + needle.count))
      index += needle.count
    }
    return ranges
  }

  /// Whether the rest of the word at `offset` is empty or one or two endings.
  private static func endsWord(at offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var end = offset
    while end < scalars.count, ScanText.isWordScalar(scalars[end]) { end += 1 }
    guard end > offset else { return true }
    guard offset > 0, ScanText.isWordScalar(scalars[offset - 1]) else { return false }
    let rest = String(String.UnicodeScalarView(scalars[offset..<end])).lowercased()
    return WordForms.stems(of: "xx" + rest).contains { $0.stem == "xx" }
  }
}

extension TermOccurrences {
  /// Whether the term occurs in the text as a word (see ``ranges(of:in:)``).
  public static func contains(_ term: String, in scalars: [Unicode.Scalar]) -> Bool {
    !ranges(of: term, in: scalars).isEmpty
  }
}
