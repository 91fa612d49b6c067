import SarapCore
import Testing

@testable import SarapEngine

@Suite("Disagreements: where two coders differ")
struct DisagreementTests {
  let corpus = CodedCorpus(AgreementFixture.project)
  let text = AgreementFixture.text

  @Test("answer unit: the answers only one coder coded")
  func answers() {
    let china = corpus.disagreements(
      between: "ana", and: "bob", on: "china.economy", by: .code, unit: .answer)
    #expect(china.count == 1)
    #expect(china.first?.a == [text.range("c")] && china.first?.b == [])
    #expect(china.first?.place.contains(text.range("c")) == true)
    #expect(
      corpus.disagreements(between: "ana", and: "bob", on: "west", by: .code, unit: .answer)
        .isEmpty)
  }

  @Test("segment unit: stretches holding an unmatched segment, with both coders' ranges")
  func segments() {
    let russia = corpus.disagreements(
      between: "ana", and: "bob", on: "russia", by: .theme, unit: .segment(threshold: 90))
    #expect(
      russia == [
        Disagreement(
          transcript: "R01", place: text.range("rb"), a: [text.range("ra")], b: [text.range("rb")])
      ])
    #expect(
      corpus.disagreements(
        between: "ana", and: "bob", on: "russia", by: .theme, unit: .segment(threshold: 75)
      ).isEmpty)
  }

  @Test("character unit: stretches whose coded characters differ")
  func characters() {
    let west = corpus.disagreements(
      between: "ana", and: "bob", on: "west", by: .code, unit: .character)
    #expect(west.map(\.place) == [text.range("wa")])
    #expect(
      corpus.disagreements(between: "ana", and: "ana", on: "west", by: .code, unit: .character)
        .isEmpty)
  }
}
