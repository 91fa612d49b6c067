import Testing

@testable import SarapEngine

@Suite("Word tokens and word diffs")
struct WordDiffTests {
  @Test("words and punctuation split; hyphenated words stay whole")
  func tokens() {
    let tokens = WordToken.tokens(in: "Қазақстан-Ресей қарым-қатынасы, қалай?")
    #expect(tokens.map(\.text) == ["Қазақстан-Ресей", "қарым-қатынасы", ",", "қалай", "?"])
    #expect(tokens.map(\.spaceBefore) == [false, true, false, true, false])
  }

  @Test("case, decomposed й and Latin look-alikes fold to the same key")
  func folding() {
    #expect(WordToken.fold("Қалай") == WordToken.fold("қалаи\u{0306}"))
    #expect(WordToken.fold("әлем") == WordToken.fold("\u{0259}лем"))
    #expect(WordToken.fold("білім") == WordToken.fold("бiлiм"))
    #expect(WordToken.fold("Ресей") == WordToken.fold("Pеcей"))
    #expect(WordToken.fold("policy") == "policy")
  }

  @Test("a word diff marks removed and inserted runs")
  func markers() {
    let diff = WordDiff(from: "Ресей ықпалы зор ма?", to: "Ресей мен Қытай ықпалы ма?")
    #expect(diff.markedText == "Ресей {+мен Қытай+} ықпалы [-зор-] ма?")
    #expect(diff.changedTokenCount == 3)
  }

  @Test("a spelling-only change is not a change")
  func spelling() {
    #expect(WordDiff(from: "Бiлiм беру", to: "Білім беру").isUnchanged)
    #expect(!WordDiff(from: "Білім", to: "Білім беру").isUnchanged)
  }

  @Test("similarity is the LCS ratio over words")
  func similarity() {
    #expect(TextSimilarity("бір екі үш төрт", "бір екі үш төрт").score == 1)
    #expect(TextSimilarity("бір екі үш төрт", "бір екі бес алты").score == 0.5)
    #expect(TextSimilarity("", "").score == 1)
    #expect(TextSimilarity("бір", "").score == 0)
  }
}
