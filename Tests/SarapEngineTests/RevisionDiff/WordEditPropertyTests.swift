import SarapCore
import SarapTestSupport
import Testing

@testable import SarapEngine

/// Corrections as researchers make them: words replaced, inserted or deleted, typos fixed, in a
/// Kazakh text whose words repeat, with codings over whole words.
@Suite("Re-anchoring property on word-level corrections")
struct WordEditPropertyTests {
  static let vocabulary = [
    "Ресей", "ықпалы", "зор", "Қытай", "әсері", "білім", "мәдениет", "саясат", "және", "да",
    "жұмсақ", "күш", "ел", "әлі", "де",
  ]

  /// A word of the generated text: its scalar range.
  struct Word {
    var range: Range<Int>
  }

  static func text(_ random: inout SeededGenerator) -> (scalars: [Unicode.Scalar], words: [Word]) {
    var scalars: [Unicode.Scalar] = []
    var words: [Word] = []
    for index in 0..<Int.random(in: 20...80, using: &random) {
      if index > 0 {
        let separator = [" ", " ", " ", ", ", ".\n", ".\n\n"][Int.random(in: 0..<6, using: &random)]
        scalars += separator.unicodeScalars
      }
      let word = vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)]
      let start = scalars.count
      scalars += word.unicodeScalars
      words.append(Word(range: start..<scalars.count))
    }
    return (scalars, words)
  }

  /// One word-level correction, as a generated edit of the old text.
  static func correction(
    of words: [Word], in text: [Unicode.Scalar], _ random: inout SeededGenerator
  ) -> ReanchoringPropertyTests.Edit {
    let word = words[Int.random(in: 0..<words.count, using: &random)].range
    let other = Array(
      vocabulary[Int.random(in: 0..<vocabulary.count, using: &random)].unicodeScalars)
    switch Int.random(in: 0..<4, using: &random) {
    case 0: return .init(range: word, text: other)  // a word replaced
    case 1: return .init(range: word.lowerBound..<word.lowerBound, text: other + [" "])  // inserted
    case 2:  // a word deleted with the space after it
      let end =
        word.upperBound < text.count && text[word.upperBound] == " "
        ? word.upperBound + 1 : word.upperBound
      return .init(range: word.lowerBound..<end, text: [])
    default:  // a typo fixed: one letter replaced
      let position = Int.random(in: word, using: &random)
      return .init(range: position..<(position + 1), text: ["ә"])
    }
  }

  @Test("codings the corrections did not touch keep their exact text", arguments: 0..<300)
  func untouchedCodingsKeepTheirText(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    let (old, words) = Self.text(&random)
    var edits: [ReanchoringPropertyTests.Edit] = []
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let edit = Self.correction(of: words, in: old, &random)
      if edits.allSatisfy({
        $0.range.upperBound < edit.range.lowerBound || edit.range.upperBound < $0.range.lowerBound
      }) {
        edits.append(edit)
      }
    }
    edits.sort { $0.range.lowerBound < $1.range.lowerBound }
    let new = ReanchoringPropertyTests.apply(edits, to: old)
    let diff = TextDiff(from: old, to: new)
    for _ in 0..<8 {
      let first = Int.random(in: 0..<words.count, using: &random)
      let last = min(words.count - 1, first + Int.random(in: 0...3, using: &random))
      let range = TextRange(start: words[first].range.lowerBound, end: words[last].range.upperBound)
      guard ReanchoringPropertyTests.untouched(range, by: edits) else { continue }
      guard case .moved(let moved) = diff.anchor(range, old: old, new: new) else {
        Issue.record("seed \(seed): \(range) flagged although no correction touched it")
        continue
      }
      #expect(Array(new[moved.offsets]) == Array(old[range.offsets]), "seed \(seed): \(range)")
    }
  }
}
