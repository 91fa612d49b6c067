/// The name proposed for a code created from a selection (in-vivo coding): the selection's first
/// words, without surrounding punctuation or quotes.
enum InVivoName {
  /// The most words a proposed name takes.
  static let maximumWords = 5

  /// Proposes a name from selected text.
  static func from(_ text: String) -> String {
    let words = text.split { $0.isWhitespace }.prefix(maximumWords)
    let name = words.joined(separator: " ")
    return String(
      name.drop { !$0.isLetter && !$0.isNumber }.reversed().drop {
        !$0.isLetter && !$0.isNumber
      }.reversed())
  }
}
