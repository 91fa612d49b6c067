import SarapCore
import Testing

@testable import SarapEngine

@Suite("Search and keyword in context")
struct SearchTests {
  @Test("plain search ignores case in Kazakh and Russian letters")
  func plainCaseInsensitive() throws {
    let corpus = Fixture.corpus
    let hits = try corpus.search(.plain("ресей"), context: 6)
    #expect(hits.map(\.transcript) == ["R01", "R02"])
    #expect(hits.map(\.match) == ["Ресей", "Ресей"])
    #expect(hits.map(\.question) == ["Q1", "Q2"])
    #expect(
      hits[0].range
        == TextRange(start: Fixture.r01.range("a").start, end: Fixture.r01.range("a").start + 5))
    #expect(hits[0].before == "\nR01: ")
    #expect(hits[0].after == " білім")
    #expect(try corpus.search(.plain("ҚЫТАЙ ЭКОНОМИКАСЫ")).map(\.match) == ["Қытай экономикасы"])
    #expect(try corpus.search(.plain("бақ")).map(\.match) == ["БАҚ"])
    #expect(try corpus.search(.plain("ӨСУДЕ")).count == 1)
  }

  @Test("every Kazakh-specific letter matches in either case")
  func kazakhLetters() throws {
    let body: TranscriptText = "R01: әғқңөұүһі ӘҒҚҢӨҰҮҺІ ёЁ"
    let corpus = CodedCorpus(Project(transcripts: [Transcript(id: "K", body: body)]))
    #expect(try corpus.search(.plain("ӘҒҚҢӨҰҮҺІ")).map(\.range.start) == [5, 15])
    #expect(try corpus.search(.plain("әғқңөұүһі")).count == 2)
    #expect(try corpus.search(.plain("Ё")).map(\.match) == ["ё", "Ё"])
    #expect(try corpus.search(.plain("e")).isEmpty)
  }

  @Test("matches do not overlap; context stops at the text's ends")
  func edges() throws {
    let corpus = CodedCorpus(Project(transcripts: [Transcript(id: "K", body: "ааааа")]))
    let hits = try corpus.search(.plain("аа"), context: 2)
    #expect(hits.map(\.range) == [TextRange(start: 0, end: 2), TextRange(start: 2, end: 4)])
    #expect(hits.map(\.before) == ["", "аа"])
    #expect(hits.map(\.after) == ["аа", "а"])
  }

  @Test("regular expressions, with scalar offsets after multi-scalar text")
  func regex() throws {
    let corpus = Fixture.corpus
    #expect(try corpus.search(.regex("Р[а-яё]+й")).map(\.match) == ["Ресей", "Ресей"])
    #expect(try corpus.search(.regex("(?i)батыс")).count == 2)
    let body: TranscriptText = "e\u{301}\r\nЙ қазақ"
    let kazakh = CodedCorpus(Project(transcripts: [Transcript(id: "K", body: body)]))
    let hit = try #require(try kazakh.search(.regex(#"қ\w+"#)).first)
    #expect(hit.range == TextRange(start: 6, end: 11))
    #expect(body[hit.range] == "қазақ")
    #expect(try kazakh.search(.regex("x*")).isEmpty)
  }

  @Test("bad patterns are errors")
  func errors() {
    #expect(throws: SearchError.self) { _ = try Fixture.corpus.search(.regex("(")) }
    #expect(throws: SearchError(message: "the search text is empty")) {
      _ = try Fixture.corpus.search(.plain(""))
    }
  }

  @Test("question and transcript filters restrict the matches")
  func filtered() throws {
    let corpus = Fixture.corpus
    #expect(
      try corpus.search(.plain("ресей"), where: SegmentFilter(questions: ["Q2"])).map(\.transcript)
        == ["R02"])
    #expect(
      try corpus.search(.plain("ресей"), where: SegmentFilter(transcripts: ["R01"])).count == 1)
  }

  @Test("coding every hit is one batch edit that skips what is already coded and undoes")
  func codingHits() throws {
    var project = Fixture.project
    let before = project
    let hits = try CodedCorpus(project).search(.plain("ресей"))
    let edit = try project.searchCodingEdit(
      hits, code: "russia", coder: "ana", time: Timestamp("2026-11-27T00:00:00Z"))
    guard case .batch(let edits) = edit else {
      Issue.record("not a batch")
      return
    }
    #expect(edits.count == 2)
    let undo = try project.apply(edit)
    let added = project.codings.filter { $0.code == "russia" }
    #expect(added.map(\.transcript) == ["R01", "R02"])
    #expect(
      added.map(\.fingerprint) == [TextFingerprint(of: "Ресей"), TextFingerprint(of: "Ресей")])
    let again = try project.searchCodingEdit(
      hits + hits, code: "russia", coder: "ana", time: Timestamp("x"))
    #expect(again == .batch([]))
    try project.apply(undo)
    #expect(project == before)
    #expect(throws: ProjectError.unknownCode("nosuch")) {
      _ = try project.searchCodingEdit(hits, code: "nosuch", coder: "ana", time: Timestamp("x"))
    }
  }
}
