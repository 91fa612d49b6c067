import SarapCore
import Testing

@testable import SarapEngine

@Suite("Retrieval queries")
struct RetrievalTests {
  func retrieve(_ text: String, where filter: SegmentFilter = .all) throws -> [RetrievalHit] {
    let corpus = Fixture.corpus
    return corpus.retrieve(try Query.parse(text, in: corpus.project.codebook), where: filter)
  }

  @Test("AND retrieves the segments of each side that overlap the other")
  func and() throws {
    let hits = try retrieve("russia.education AND china")
    #expect(hits.map(\.range) == [Fixture.r01.range("c"), Fixture.r01.range("d")])
    #expect(hits.map(\.codes) == [["china.economy"], ["russia.education"]])
    #expect(hits.map(\.text) == ["Қытай экономикасы өсуде.", "өсуде"])
    #expect(hits.map(\.question) == ["Q2", "Q2"])
  }

  @Test("NOT excludes segments touching the code; one hit per range with all its codes")
  func andNot() throws {
    let hits = try retrieve("russia AND NOT china")
    let r01 = Fixture.r01
    #expect(hits.map(\.range) == [r01.range("a"), r01.range("b"), Fixture.r02.range("t")])
    #expect(hits[0].codes == ["russia.education", "russia.media"])
    #expect(hits[0].coders == ["ana", "bob"])
    #expect(hits.map(\.transcript) == ["R01", "R01", "R02"])
  }

  @Test("OR, a lone NOT, and parentheses")
  func orNotParentheses() throws {
    #expect(
      try retrieve("west OR china").map(\.range) == [
        Fixture.r01.range("c"), Fixture.r02.range("s"),
      ])
    let r01 = Fixture.r01
    #expect(
      try retrieve("NOT west").map(\.range) == [
        r01.range("a"), r01.range("b"), r01.range("c"), r01.range("d"),
      ])
    #expect(try retrieve("NOT russia").isEmpty)
    #expect(
      try retrieve("(russia.media OR west) and not russia.education").map(\.range) == [
        Fixture.r02.range("s"), Fixture.r02.range("t"),
      ])
  }

  @Test("filters restrict both the hits and what they must touch")
  func filters() throws {
    #expect(
      try retrieve("russia.education", where: SegmentFilter(coders: ["bob"])).map(\.coders) == [
        ["bob"]
      ])
    #expect(
      try retrieve("russia", where: SegmentFilter(questions: ["Q2"])).map(\.range) == [
        Fixture.r01.range("d"), Fixture.r02.range("t"),
      ])
    #expect(
      try retrieve("russia.education AND china", where: SegmentFilter(coders: ["bob"])).isEmpty)
  }

  @Test(
    "parse errors name the column",
    arguments: [
      ("", 1, "empty query"),
      ("russia AND", 11, "expected a code id, '(' or NOT, found the end of the query"),
      ("(russia", 8, "expected ')' to close '(' at column 1, found the end of the query"),
      ("russia china", 8, "expected AND, OR or the end, found 'china'"),
      ("nosuch", 1, "no code or theme with id 'nosuch'"),
      ("Ресей OR russia", 1, "no code or theme with id 'Ресей'"),
      ("russia AND )", 12, "expected a code id, '(' or NOT, found ')'"),
      ("russia OR west)", 15, "expected AND, OR or the end, found ')'"),
    ])
  func parseErrors(text: String, column: Int, message: String) {
    #expect(throws: QueryError(column: column, message: message)) {
      _ = try Query.parse(text, in: Fixture.codebook)
    }
  }

  @Test("NOT binds tighter than AND, AND tighter than OR")
  func precedence() throws {
    let query = try Query.parse("NOT west AND china OR turkey", in: Fixture.codebook)
    #expect(query == .or(.and(.not(.code("west")), .code("china")), .code("turkey")))
  }
}
