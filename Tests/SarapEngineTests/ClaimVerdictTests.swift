import SarapCore
import Testing

@testable import SarapEngine

/// Claims checked against the hand-computed fixture: R01 and R02 carry Russia (segments a, b, d
/// in R01, t in R02), only R01 China, only R02 the West, nobody Turkey; R03 has no codings.
@Suite("Claims: counts, thresholds, verdicts and margins")
struct ClaimVerdictTests {
  /// The verdict of one claim in a ledger made of it and `others`.
  func verdict(
    _ query: String, _ quantifier: String, unit: ClaimUnit = .transcripts,
    questions: [GuideQuestion.ID] = [], attributes: [ClaimAttribute] = [],
    others: [Claim] = [], words: [QuantifierDefinition] = [], where filter: SegmentFilter = .all
  ) throws -> ClaimVerdict {
    let claim = Claim(
      id: "C1", query: query, quantifier: try #require(Quantifier(quantifier)), unit: unit,
      questions: questions, attributes: attributes)
    var project = Fixture.project
    try project.apply(
      .replaceClaims(
        old: ClaimLedger(), new: ClaimLedger(quantifiers: words, claims: [claim] + others)))
    return CodedCorpus(project).verdicts(where: filter)[0]
  }

  func expect(
    _ verdict: ClaimVerdict, count: Int, of: Int, minimum: Int, maximum: Int? = nil,
    supported: Bool, margin: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(verdict.count == count, sourceLocation: sourceLocation)
    #expect(verdict.of == of, sourceLocation: sourceLocation)
    #expect(verdict.requirement.minimum == minimum, sourceLocation: sourceLocation)
    #expect(verdict.requirement.maximum == maximum, sourceLocation: sourceLocation)
    #expect(verdict.isSupported == supported, sourceLocation: sourceLocation)
    #expect(verdict.margin == margin, sourceLocation: sourceLocation)
    #expect(verdict.problem == nil, sourceLocation: sourceLocation)
  }

  @Test("all: every transcript in scope")
  func all() throws {
    expect(try verdict("russia", "all"), count: 2, of: 3, minimum: 3, supported: false, margin: 1)
    #expect(try verdict("russia", "all").marginText == "needs 1 transcript more")
  }

  @Test("most: more than half (2 of 3), and the count could lose nothing")
  func most() throws {
    let most = try verdict("russia", "most")
    expect(most, count: 2, of: 3, minimum: 2, supported: true, margin: 0)
    #expect(most.transcripts == ["R01", "R02"])
    #expect(most.marginText == "one transcript fewer would flip it")
    #expect(most.requirement.description == "most: at least 2")
  }

  @Test("several needs 3, some 2, one 1")
  func severalSomeOne() throws {
    expect(
      try verdict("russia", "several"), count: 2, of: 3, minimum: 3, supported: false, margin: 1)
    expect(try verdict("russia", "some"), count: 2, of: 3, minimum: 2, supported: true, margin: 0)
    expect(try verdict("china", "one"), count: 1, of: 3, minimum: 1, supported: true, margin: 0)
    expect(try verdict("turkey", "one"), count: 0, of: 3, minimum: 1, supported: false, margin: 1)
  }

  @Test("none: zero; an upper bound's margin counts units the count could gain or must lose")
  func none() throws {
    let turkey = try verdict("turkey", "none")
    expect(turkey, count: 0, of: 3, minimum: 0, maximum: 0, supported: true, margin: 0)
    #expect(turkey.marginText == "one transcript more would flip it")
    let china = try verdict("china", "none")
    expect(china, count: 1, of: 3, minimum: 0, maximum: 0, supported: false, margin: 1)
    #expect(china.marginText == "needs 1 transcript fewer")
  }

  @Test("at-least, at-most and exactly")
  func explicitCounts() throws {
    expect(
      try verdict("russia", "at-least 1"), count: 2, of: 3, minimum: 1, supported: true, margin: 1)
    #expect(
      try verdict("russia", "at-least 1").marginText == "could lose 1 transcript and still hold")
    expect(
      try verdict("china", "at-most 2"), count: 1, of: 3, minimum: 0, maximum: 2, supported: true,
      margin: 1)
    #expect(
      try verdict("china", "at-most 2").marginText == "could gain 1 transcript and still hold")
    expect(
      try verdict("russia", "at-most 1"), count: 2, of: 3, minimum: 0, maximum: 1,
      supported: false, margin: 1)
    expect(
      try verdict("china", "exactly 1"), count: 1, of: 3, minimum: 1, maximum: 1, supported: true,
      margin: 0)
    expect(
      try verdict("russia", "exactly 1"), count: 2, of: 3, minimum: 1, maximum: 1,
      supported: false, margin: 1)
    #expect(try verdict("russia", "exactly 1").requirement.bounds == "exactly 1")
  }

  @Test("share P is at least P percent, rounded up; over P is more than P percent")
  func shares() throws {
    expect(
      try verdict("russia", "share 60"), count: 2, of: 3, minimum: 2, supported: true, margin: 0)
    expect(
      try verdict("russia", "share 67"), count: 2, of: 3, minimum: 3, supported: false, margin: 1)
    expect(
      try verdict("russia", "over 66"), count: 2, of: 3, minimum: 2, supported: true, margin: 0)
    expect(
      try verdict("russia", "over 67"), count: 2, of: 3, minimum: 3, supported: false, margin: 1)
  }

  @Test("a share of no units in scope is never met")
  func emptyScope() throws {
    let none = [ClaimAttribute(name: "sector", value: .known("army"))]
    expect(
      try verdict("russia", "all", attributes: none), count: 0, of: 0, minimum: 1,
      supported: false, margin: 1)
  }

  @Test("more-than needs one unit more than the other claim's count")
  func moreThan() throws {
    let west = Claim(id: "C2", query: "west", quantifier: .word("one"))
    let china = try verdict("china", "more-than C2", others: [west])
    expect(china, count: 1, of: 3, minimum: 2, supported: false, margin: 1)
    #expect(china.requirement.description == "more than C2 (1): at least 2")
    let russia = try verdict("russia", "more-than C2", others: [west])
    expect(russia, count: 2, of: 3, minimum: 2, supported: true, margin: 0)
  }

  @Test("a more-than cycle built without the file format is reported, not followed forever")
  func moreThanCycle() throws {
    let other = Claim(id: "C2", query: "west", quantifier: .moreThan("C1"))
    let result = try verdict("china", "more-than C2", others: [other])
    #expect(result.problem != nil)
    #expect(!result.isSupported)
    #expect(result.verdictText == "invalid")
  }

  @Test("a project's quantifiers block defines new words and redefines built-in ones")
  func projectWords() throws {
    let words = [
      QuantifierDefinition(word: "many", threshold: .atLeast(3)),
      QuantifierDefinition(word: "several", threshold: .atLeast(2)),
    ]
    expect(
      try verdict("russia", "many", words: words), count: 2, of: 3, minimum: 3, supported: false,
      margin: 1)
    expect(
      try verdict("russia", "several", words: words), count: 2, of: 3, minimum: 2,
      supported: true, margin: 0)
    #expect(try verdict("russia", "lots").problem == "unknown quantifier 'lots'")
  }

  @Test("segments count distinct coded stretches: Russia's 4 of the 6 in the fixture")
  func segments() throws {
    let most = try verdict("russia", "most", unit: .segments)
    expect(most, count: 4, of: 6, minimum: 4, supported: true, margin: 0)
    #expect(most.marginText == "one segment fewer would flip it")
    #expect(most.transcripts == ["R01", "R02"])
  }

  @Test("question: narrows the evidence (and, for segments, the units) to answers of the question")
  func questionScope() throws {
    expect(
      try verdict("russia", "all", questions: ["Q2"]), count: 2, of: 3, minimum: 3,
      supported: false, margin: 1)
    let segments = try verdict("russia", "all", unit: .segments, questions: ["Q2"])
    expect(segments, count: 2, of: 3, minimum: 3, supported: false, margin: 1)
    #expect(segments.evidence.map(\.range) == [Fixture.r01.range("d"), Fixture.r02.range("t")])
    expect(
      try verdict("russia", "one", questions: ["Q3"]), count: 0, of: 3, minimum: 1,
      supported: false, margin: 1)
  }

  @Test("attribute: narrows the transcripts looked at")
  func attributeScope() throws {
    let state = [ClaimAttribute(name: "sector", value: .known("state"))]
    expect(
      try verdict("russia", "all", attributes: state), count: 1, of: 1, minimum: 1,
      supported: true, margin: 0)
    let unknown = [ClaimAttribute(name: "sector", value: .unknown)]
    expect(
      try verdict("russia", "none", attributes: unknown), count: 0, of: 1, minimum: 0,
      maximum: 0, supported: true, margin: 0)
  }

  @Test("the coders counted come from the caller's filter")
  func coders() throws {
    expect(
      try verdict("russia", "some", where: SegmentFilter(coders: ["bob"])), count: 1, of: 3,
      minimum: 2, supported: false, margin: 1)
  }

  @Test("a query naming an unknown code makes the claim invalid, never supported")
  func invalidQuery() throws {
    let result = try verdict("russia AND nosuch", "none")
    #expect(result.problem == "query: no code or theme with id 'nosuch' (column 12)")
    #expect(!result.isSupported)
    #expect(result.marginText == "")
  }
}
