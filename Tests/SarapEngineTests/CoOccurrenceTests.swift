import SarapCore
import Testing

@testable import SarapEngine

@Suite("Co-occurrence report")
struct CoOccurrenceTests {
  func cell(_ report: CoOccurrenceReport, _ a: Code.ID, _ b: Code.ID) throws -> CoOccurrenceCell {
    let row = try #require(report.keys.firstIndex(of: a))
    let column = try #require(report.keys.firstIndex(of: b))
    return report[row, column]
  }

  @Test("overlap, by code: stretches of the pair's segments")
  func overlapByCode() throws {
    let report = Fixture.corpus.coOccurrence(by: .code, unit: .overlap)
    #expect(report.unitCount == nil)
    // education {a, a, d}, media {a, b}: stretches {a, b} (both) and {d} (education only).
    #expect(
      try cell(report, "russia.education", "russia.media")
        == CoOccurrenceCell(both: 1, first: 2, second: 2))
    #expect(try cell(report, "russia.education", "russia.media").coefficient == 1.0 / 3.0)
    // d nested in c.
    #expect(
      try cell(report, "russia.education", "china.economy")
        == CoOccurrenceCell(both: 1, first: 2, second: 1))
    #expect(try cell(report, "russia.education", "china.economy").coefficient == 0.5)
    // t lies inside s, which spans two answers.
    #expect(
      try cell(report, "russia.media", "west") == CoOccurrenceCell(both: 1, first: 2, second: 1))
    #expect(try cell(report, "russia.media", "china.economy").both == 0)
    // The diagonal: each code's own stretches (media's a and b overlap: one stretch, plus t).
    #expect(
      try cell(report, "russia.media", "russia.media")
        == CoOccurrenceCell(both: 2, first: 2, second: 2))
    #expect(try cell(report, "turkey", "turkey") == CoOccurrenceCell(both: 0, first: 0, second: 0))
    #expect(try cell(report, "turkey", "west").coefficient == 0)
  }

  @Test("overlap, by theme")
  func overlapByTheme() throws {
    let report = Fixture.corpus.coOccurrence(by: .theme, unit: .overlap)
    #expect(try cell(report, "russia", "russia").both == 3)
    #expect(try cell(report, "russia", "china") == CoOccurrenceCell(both: 1, first: 3, second: 1))
    #expect(try cell(report, "china", "russia") == CoOccurrenceCell(both: 1, first: 1, second: 3))
    #expect(try cell(report, "russia", "west") == CoOccurrenceCell(both: 1, first: 3, second: 1))
    #expect(try cell(report, "china", "west").both == 0)
    #expect(
      report.rankedPairs.map { [$0.first, $0.second] } == [
        ["russia", "china"], ["russia", "west"],
      ])
  }

  @Test("a bridging segment joins two stretches of the other code")
  func bridging() throws {
    let t = MarkedTranscript("⟨a1⟩один⟨/a1⟩ ⟨b⟩два ⟨a2⟩три⟨/b⟩ четыре⟨/a2⟩ ⟨a3⟩ещё⟨/a3⟩")
    let a1 = t.range("a1")
    let bridge = TextRange(start: a1.start + 2, end: t.range("a2").start + 1)
    let project = Project(
      codebook: Fixture.codebook, transcripts: [Transcript(id: "T", body: TranscriptText(t.text))],
      codings: [
        Fixture.coding("T", a1, "west"), Fixture.coding("T", t.range("a2"), "west"),
        Fixture.coding("T", t.range("a3"), "west"), Fixture.coding("T", bridge, "turkey"),
      ])
    let report = CodedCorpus(project).coOccurrence(by: .code, unit: .overlap)
    // west alone: three stretches; joined with turkey: {a1, bridge, a2} and {a3}.
    #expect(try cell(report, "west", "west").both == 3)
    #expect(try cell(report, "west", "turkey") == CoOccurrenceCell(both: 1, first: 2, second: 1))
    #expect(try cell(report, "west", "turkey").coefficient == 0.5)
  }

  @Test("touching ranges do not overlap; an empty range only coincides with itself")
  func touchingAndEmpty() throws {
    let project = Project(
      codebook: Fixture.codebook, transcripts: [Transcript(id: "T", body: "0123456789")],
      codings: [
        Fixture.coding("T", TextRange(start: 0, end: 5), "west"),
        Fixture.coding("T", TextRange(start: 5, end: 9), "turkey"),
        Fixture.coding("T", TextRange(start: 2, end: 2), "turkey"),
        Fixture.coding("T", TextRange(start: 7, end: 7), "china"),
        Fixture.coding("T", TextRange(start: 7, end: 7), "russia"),
      ])
    let corpus = CodedCorpus(project)
    let overlap = corpus.coOccurrence(by: .code, unit: .overlap)
    #expect(try cell(overlap, "west", "turkey") == CoOccurrenceCell(both: 0, first: 1, second: 2))
    #expect(try cell(overlap, "china", "russia") == CoOccurrenceCell(both: 1, first: 1, second: 1))
    #expect(try cell(overlap, "turkey", "china").both == 0)
    let touching = corpus.coOccurrence(by: .code, unit: .near(.characters(0)))
    #expect(try cell(touching, "west", "turkey") == CoOccurrenceCell(both: 1, first: 1, second: 1))
  }

  @Test("proximity in characters and in paragraphs")
  func proximity() throws {
    let corpus = Fixture.corpus
    let gap = Fixture.r01.range("c").start - Fixture.r01.range("b").end
    #expect(gap == 36)
    let within36 = corpus.coOccurrence(by: .code, unit: .near(.characters(36)))
    let within35 = corpus.coOccurrence(by: .code, unit: .near(.characters(35)))
    #expect(try cell(within36, "russia.media", "china.economy").both == 1)
    #expect(try cell(within35, "russia.media", "china.economy").both == 0)
    // b is in paragraph 1 of R01, c in paragraph 3.
    let paragraphs1 = corpus.coOccurrence(by: .code, unit: .near(.paragraphs(1)))
    let paragraphs2 = corpus.coOccurrence(by: .code, unit: .near(.paragraphs(2)))
    #expect(try cell(paragraphs1, "russia.media", "china.economy").both == 0)
    #expect(try cell(paragraphs2, "russia.media", "china.economy").both == 1)
    let sameParagraph = corpus.coOccurrence(by: .code, unit: .near(.paragraphs(0)))
    #expect(
      try cell(sameParagraph, "russia.education", "china.economy")
        == CoOccurrenceCell(both: 1, first: 2, second: 1))
  }

  @Test("answer unit: a segment spanning two answers occurs in both")
  func answerUnit() throws {
    let report = Fixture.corpus.coOccurrence(by: .theme, unit: .answer)
    #expect(report.unitCount == 4)
    #expect(try cell(report, "russia", "russia").both == 3)
    #expect(try cell(report, "west", "west").both == 2)
    #expect(try cell(report, "russia", "china") == CoOccurrenceCell(both: 1, first: 3, second: 1))
    #expect(try cell(report, "russia", "west") == CoOccurrenceCell(both: 1, first: 3, second: 2))
    #expect(try cell(report, "russia", "west").coefficient == 0.25)
    #expect(try cell(report, "china", "west").both == 0)
  }

  @Test("transcript unit, with filters narrowing the units")
  func transcriptUnit() throws {
    let corpus = Fixture.corpus
    let report = corpus.coOccurrence(by: .theme, unit: .transcript)
    #expect(report.unitCount == 3)
    #expect(try cell(report, "russia", "china") == CoOccurrenceCell(both: 1, first: 2, second: 1))
    #expect(try cell(report, "russia", "west").coefficient == 0.5)
    let ngo = corpus.coOccurrence(
      by: .theme, unit: .transcript,
      where: SegmentFilter(attributes: [AttributeCondition(name: "sector", value: .known("ngo"))]))
    #expect(ngo.unitCount == 1)
    #expect(try cell(ngo, "russia", "west") == CoOccurrenceCell(both: 1, first: 1, second: 1))
    let bob = corpus.coOccurrence(
      by: .theme, unit: .transcript, where: SegmentFilter(coders: ["bob"]))
    #expect(try cell(bob, "russia", "china").both == 0)
    #expect(try cell(bob, "russia", "russia").both == 1)
  }
}
