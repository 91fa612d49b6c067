import SarapCore
import Testing

@testable import SarapEngine

@Suite("Segments resolved against the project")
struct SegmentTests {
  @Test("a segment knows its theme, question, answers and attributes")
  func segmentContext() throws {
    let corpus = Fixture.corpus
    let d = try #require(corpus.segments.first { $0.range == Fixture.r01.range("d") })
    #expect(d.theme == "russia")
    #expect(d.question == "Q2")
    #expect(d.answers == 1..<2)
    #expect(d.attribute("sector") == .known("state"))
    #expect(corpus.text(of: d) == "өсуде")
  }

  @Test("a segment spanning two answers lists both and takes the first one's question")
  func spanningSegment() throws {
    let corpus = Fixture.corpus
    let s = try #require(corpus.segments.first { $0.code == "west" })
    #expect(s.answers == 0..<2)
    #expect(s.question == "Q1")
    #expect(corpus.answers(of: "R02").map(\.question) == ["Q1", "Q2"])
  }

  @Test("segments come in transcript order, then by range, code and coder")
  func segmentOrder() {
    let corpus = Fixture.corpus
    let r01 = Fixture.r01
    #expect(
      corpus.segments.map(\.range) == [
        r01.range("a"), r01.range("a"), r01.range("a"), r01.range("b"), r01.range("c"),
        r01.range("d"), Fixture.r02.range("s"), Fixture.r02.range("t"),
      ])
    #expect(corpus.segments.prefix(3).map(\.coder) == ["ana", "bob", "ana"])
  }

  @Test("codings that cannot be resolved are left out")
  func unresolvableCodingsAreSkipped() {
    var project = Fixture.project
    project = Project(
      guide: project.guide, codebook: project.codebook, transcripts: project.transcripts,
      codings: project.codings + [
        Fixture.coding("R09", TextRange(start: 0, end: 1), "west"),
        Fixture.coding("R01", TextRange(start: 0, end: 1), "nosuch"),
        Fixture.coding("R03", TextRange(start: 0, end: 5), "west"),
      ])
    #expect(CodedCorpus(project).segments.count == 8)
  }

  @Test("turn and paragraph tables answer by binary search")
  func tables() {
    let table = TranscriptTable(
      Transcript(id: "X", body: "I: a\n\nR: b\nc\n\n\nd\n\nI: e\nR: f"))
    #expect(table.answers.count == 2)
    #expect(table.paragraph(at: 0) == 0)
    #expect(table.paragraph(at: 6) == 1)
    #expect(table.paragraph(at: 10) == 1)
    #expect(table.paragraph(at: 15) == 2)
    #expect(table.answers(overlapping: TextRange(start: 0, end: 2)) == 0..<0)
    #expect(table.answers(overlapping: TextRange(start: 7, end: 7)) == 0..<1)
    #expect(table.answers(overlapping: TextRange(start: 7, end: 25)) == 0..<2)
    #expect(table.question(at: 3) == nil)
  }
}
