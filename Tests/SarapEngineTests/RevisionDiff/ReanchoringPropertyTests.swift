import SarapCore
import SarapTestSupport
import Testing

@testable import SarapEngine

@Suite("Re-anchoring property: text no edit touched keeps its codings exactly")
struct ReanchoringPropertyTests {
  /// Few letters, so that equal characters abound and the diff has choices to make.
  static let alphabet = Array("аәқң ы\n".unicodeScalars)

  /// One generated edit: `old[range]` replaced by `text`.
  struct Edit {
    var range: Range<Int>
    var text: [Unicode.Scalar]
  }

  static func randomText(_ count: Int, _ random: inout SeededGenerator) -> [Unicode.Scalar] {
    (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
  }

  /// Non-overlapping edits in ascending order.
  static func randomEdits(length: Int, _ random: inout SeededGenerator) -> [Edit] {
    var edits: [Edit] = []
    var position = 0
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let start = Int.random(in: position...min(length, position + length / 3), using: &random)
      let end = min(length, start + Int.random(in: 0...4, using: &random))
      let text = randomText(Int.random(in: 0...4, using: &random), &random)
      if start == end && text.isEmpty { continue }
      edits.append(Edit(range: start..<end, text: text))
      position = end + 1
      if position >= length { break }
    }
    return edits
  }

  static func apply(_ edits: [Edit], to old: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result = old
    for edit in edits.reversed() { result.replaceSubrange(edit.range, with: edit.text) }
    return result
  }

  /// Whether no generated edit touches the range (an insertion at its very edge does not).
  static func untouched(_ range: TextRange, by edits: [Edit]) -> Bool {
    edits.allSatisfy { edit in
      if edit.range.isEmpty {
        return !(range.start < edit.range.lowerBound && edit.range.lowerBound < range.end)
      }
      return edit.range.upperBound <= range.start || range.end <= edit.range.lowerBound
    }
  }

  @Test("a coding reported moved always covers its exact old text", arguments: 0..<200)
  func movedMeansExact(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let old = Self.randomText(Int.random(in: 5...60, using: &random), &random)
    let new = Self.apply(Self.randomEdits(length: old.count, &random), to: old)
    let diff = TextDiff(from: old, to: new)
    for start in 0..<old.count {
      let range = TextRange(start: start, end: min(old.count, start + 1 + start % 7))
      if case .moved(let moved) = diff.anchor(range, old: old, new: new) {
        #expect(Array(new[moved.offsets]) == Array(old[range.offsets]), "seed \(seed): \(range)")
      }
    }
  }

  @Test("every coding is kept, moved or flagged, never dropped", arguments: 0..<50)
  func nothingDropped(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let old = Self.randomText(40, &random)
    let new = Self.apply(Self.randomEdits(length: old.count, &random), to: old)
    guard old != new else { return }
    let body = TranscriptText(String(String.UnicodeScalarView(old)))
    let codes: [Code.ID] = ["a", "b", "c", "d", "e"]
    let codings = codes.enumerated().map { index, code in
      RevisionFixture.coding(TextRange(start: index * 5, end: index * 5 + 7), code: code, in: body)
    }
    var project = Project(
      codebook: Codebook(codes.map { Code(id: $0, nameKK: "", nameEN: "") }),
      transcripts: [Transcript(id: "T1", body: body)], codings: codings)
    let revision = try TranscriptRevision(
      of: "T1", to: String(String.UnicodeScalarView(new)), in: project)
    #expect(revision.moved.count + revision.unchanged.count + revision.flagged.count == 5)
    try project.apply(revision.edit)
    #expect(project.codings.count == 5)
    #expect(project.invariantViolations().isEmpty)
  }

  @Test("a 300,000-character transcript with a few corrections re-anchors every coding")
  func largeTranscript() throws {
    var random = SeededGenerator(seed: 7)
    let words = ["Ресей", "ықпалы", "зор", "Қытай", "әсері", "білім", "мәдениет", "саясат"]
    var old: [Unicode.Scalar] = []
    while old.count < 300_000 {
      old += words[Int.random(in: 0..<words.count, using: &random)].unicodeScalars
      old += (Int.random(in: 0..<12, using: &random) == 0 ? ".\n" : " ").unicodeScalars
    }
    var new = old
    for position in [250_000, 150_000, 1_000] {
      new.replaceSubrange(position..<(position + 3), with: Array("ТҮЗЕТУ".unicodeScalars))
    }
    let diff = TextDiff(from: old, to: new)
    #expect(diff.hunks.count <= 3)
    for start in stride(from: 0, to: 299_000, by: 997) {
      let range = TextRange(start: start, end: start + 40)
      let anchor = diff.anchor(range, old: old, new: new)
      if case .moved(let moved) = anchor {
        #expect(Array(new[moved.offsets]) == Array(old[range.offsets]))
      }
    }
  }
}
