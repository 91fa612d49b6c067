import Foundation
import SarapCore
import SarapTestSupport
import Testing

@testable import SarapFormats

/// A history diff must rebuild exactly the new text from exactly the old one, scalar for scalar
/// (Kazakh letters, a decomposed `й`, emoji and line breaks included), and refuse any other text.
@Suite("Text patches")
struct TextPatchTests {
  /// Letters the random texts are made of: Latin, Kazakh, a decomposed й, emoji (one with a skin
  /// tone, one joined by ZWJ), spaces and line breaks.
  static let pieces: [String] = [
    "a", "b", "R", "0", " ", " ", "\n", "\n\n", "ә", "і", "ң", "ғ", "ү", "ұ", "қ", "ө", "һ",
    "Ресей", "ықпалы", "и\u{306}", "👍🏽", "👨‍👩‍👧", "«", "»", "\t",
  ]

  static func randomText(_ random: inout SeededGenerator, pieces count: Int) -> String {
    (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
  }

  /// The text with a few random insertions, deletions and replacements, made on scalars.
  static func edited(_ text: String, _ random: inout SeededGenerator) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      let start = Int.random(in: 0...scalars.count, using: &random)
      let end = min(scalars.count, start + Int.random(in: 0...8, using: &random))
      let insert = randomText(&random, pieces: Int.random(in: 0...3, using: &random))
      scalars.replaceSubrange(start..<end, with: insert.unicodeScalars)
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// Applies the patch after a trip through its JSON form; returns the rebuilt text.
  static func rebuilt(_ old: String, _ new: String) throws -> String {
    let patch = TextPatch(from: old, to: new)
    let json = try JSONEncoder().encode(patch)
    let decoded = try JSONDecoder().decode(TextPatch.self, from: json)
    #expect(decoded == patch)
    #expect(decoded.check() == nil)
    return try decoded.applied(to: old)
  }

  @Test("random edits of random Kazakh and emoji texts are rebuilt scalar for scalar")
  func randomRoundTrips() throws {
    var random = SeededGenerator(seed: 20)
    for round in 0..<300 {
      let old = Self.randomText(&random, pieces: Int.random(in: 0...60, using: &random))
      let new =
        switch round % 5 {
        case 0: Self.randomText(&random, pieces: Int.random(in: 0...60, using: &random))
        case 1: old
        default: Self.edited(old, &random)
        }
      let rebuilt = try Self.rebuilt(old, new)
      // String == compares canonically (a decomposed й equals a composed one): compare scalars.
      #expect(Array(rebuilt.unicodeScalars) == Array(new.unicodeScalars), "round \(round)")
    }
  }

  @Test(
    "empty, identical and whole replacements",
    arguments: [
      ("", ""), ("", "Ресей ықпалы"), ("Ресей ықпалы", ""), ("R01: Қытай 👍🏽\n", "R01: Қытай 👍🏽\n"),
      ("Ресей ықпалы зор.", "China's influence 👨‍👩‍👧"), ("и\u{306}", "й"),
    ])
  func namedCases(_ old: String, _ new: String) throws {
    #expect(Array(try Self.rebuilt(old, new).unicodeScalars) == Array(new.unicodeScalars))
    if Array(old.unicodeScalars) == Array(new.unicodeScalars) {
      #expect(TextPatch(from: old, to: new).replacements.isEmpty)
    }
  }

  @Test("a small correction of a long text records only the change, in scalar offsets")
  func smallChangeIsSmall() throws {
    let old = String(repeating: "Ресей ықпалы зор. 👍🏽\n", count: 2000)
    var scalars = Array(old.unicodeScalars)
    scalars.replaceSubrange(30_000..<30_005, with: "Қытай".unicodeScalars)
    let new = String(String.UnicodeScalarView(scalars))
    let patch = TextPatch(from: old, to: new)
    let json = try JSONEncoder().encode(patch)
    #expect(json.count < 300)
    #expect(patch.length == old.unicodeScalars.count)
    #expect(patch.replacements.allSatisfy { (29_995...30_010).contains($0.start) })
    #expect(Array(try patch.applied(to: old).unicodeScalars) == scalars)
  }

  @Test("a patch refuses any text but the one it was made from")
  func otherTextRefused() {
    let patch = TextPatch(from: "Ресей ықпалы зор", to: "Ресей ықпалы бар")
    for other in ["Ресей ықпалы зор.", "Ресей ыкпалы зор", ""] {
      #expect(throws: TextPatch.Mismatch.self) { _ = try patch.applied(to: other) }
    }
  }

  @Test("replacements out of order or past the end are reported by check()")
  func inconsistentPatch() {
    let base = String(repeating: "a", count: 64)
    #expect(
      TextPatch(base: base, length: 3, replacements: [.init(start: 2, removed: 2, text: "")])
        .check() != nil)
    #expect(
      TextPatch(
        base: base, length: 9,
        replacements: [
          .init(start: 4, removed: 1, text: ""), .init(start: 2, removed: 0, text: "x"),
        ]
      ).check() != nil)
    #expect(TextPatch(base: "ABC", length: 0, replacements: []).check() != nil)
    #expect(
      TextPatch(base: base, length: 4, replacements: [.init(start: 4, removed: 0, text: "x")])
        .check() == nil)
  }
}
