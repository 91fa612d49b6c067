import SarapCore
import Testing

@testable import SarapEngine

@Suite("Frequency report")
struct FrequencyTests {
  func row(_ report: FrequencyReport, _ key: Code.ID) throws -> FrequencyRow {
    try #require(report.rows.first { $0.key == key })
  }

  @Test("per code: distinct ranges, codings, transcripts, characters")
  func byCode() throws {
    let report = Fixture.corpus.frequency(by: .code)
    #expect(report.transcriptCount == 3)
    #expect(report.rows.map(\.key) == Fixture.codebook.treeOrder)
    // a (twice, ana and bob) and d: "Ресей білімі" 12 + "өсуде" 5.
    #expect(
      try row(report, "russia.education").figures
        == Figures(segments: 2, codings: 3, transcripts: 1, characters: 17))
    // e (= a), b in R01: "Ресей білімі және БАҚ" 21; t in R02: "Ресей" 5.
    #expect(
      try row(report, "russia.media").figures
        == Figures(segments: 3, codings: 3, transcripts: 2, characters: 26))
    #expect(
      try row(report, "china.economy").figures
        == Figures(segments: 1, codings: 1, transcripts: 1, characters: 24))
    #expect(try row(report, "russia").figures == .zero)
    #expect(try row(report, "defence.identity").figures == .zero)
    #expect(try row(report, "russia.media").share == 2.0 / 3.0)
  }

  @Test("a theme counts the union of its codes' segments; text coded twice counts once")
  func byTheme() throws {
    let report = Fixture.corpus.frequency(by: .theme)
    #expect(report.rows.map(\.key) == ["russia", "china", "west", "turkey", "defence"])
    // R01: a (three codings), b, d; R02: t. Characters: 21 + 5 + 5.
    #expect(
      try row(report, "russia").figures
        == Figures(segments: 4, codings: 6, transcripts: 2, characters: 31))
    let west = Fixture.r02.range("s")
    #expect(
      try row(report, "west").figures
        == Figures(segments: 1, codings: 1, transcripts: 1, characters: west.length))
    #expect(west.length == 43)
    #expect(try row(report, "turkey").figures == .zero)
    #expect(try row(report, "turkey").share == 0)
  }

  @Test("by question: guide order, unanswered questions kept, groups add up to the total")
  func byQuestion() throws {
    let report = Fixture.corpus.frequency(by: .theme, breakdown: .question)
    #expect(report.groups.map(\.value.label) == ["Q1", "Q2", "Q3"])
    #expect(report.groups.map(\.transcriptCount) == [2, 2, 0])
    let russia = try row(report, "russia")
    #expect(russia.groups.map(\.segments) == [2, 2, 0])
    #expect(russia.groups.map(\.characters) == [21, 10, 0])
    #expect(russia.share(in: report.groups[1], at: 1) == 1.0)
    #expect(try row(report, "west").groups.map(\.segments) == [1, 0, 0])
  }

  @Test("by attribute: known values sorted, unknown last; shares within the group")
  func byAttribute() throws {
    let report = Fixture.corpus.frequency(by: .theme, breakdown: .attribute("sector"))
    #expect(
      report.groups.map(\.value) == [
        .attribute(.known("ngo")), .attribute(.known("state")), .attribute(.unknown),
      ])
    #expect(report.groups.map(\.transcriptCount) == [1, 1, 1])
    let russia = try row(report, "russia")
    #expect(russia.groups.map(\.segments) == [1, 3, 0])
    #expect(russia.share(in: report.groups[0], at: 0) == 1.0)
  }

  @Test("by coder: each coder's own distinct segments")
  func byCoder() throws {
    let report = Fixture.corpus.frequency(by: .code, breakdown: .coder)
    #expect(report.groups.map(\.value.label) == ["ana", "bob"])
    #expect(try row(report, "russia.education").groups.map(\.segments) == [2, 1])
    #expect(try row(report, "russia.education").groups.map(\.codings) == [2, 1])
  }

  @Test("filters: coder, question, attribute, transcripts")
  func filters() throws {
    let corpus = Fixture.corpus
    let bob = corpus.frequency(by: .theme, where: SegmentFilter(coders: ["bob"]))
    #expect(
      try row(bob, "russia").figures
        == Figures(segments: 1, codings: 1, transcripts: 1, characters: 12))
    let q2 = corpus.frequency(by: .theme, where: SegmentFilter(questions: ["Q2"]))
    #expect(try row(q2, "russia").figures.segments == 2)
    #expect(try row(q2, "west").figures.segments == 0)
    let ngo = corpus.frequency(
      by: .theme,
      where: SegmentFilter(attributes: [AttributeCondition(name: "sector", value: .known("ngo"))]))
    #expect(ngo.transcriptCount == 1)
    #expect(try row(ngo, "russia").share == 1.0)
    let two = corpus.frequency(by: .theme, where: SegmentFilter(transcripts: ["R02", "R03"]))
    #expect(two.transcriptCount == 2)
    #expect(try row(two, "russia").figures.segments == 1)
  }

  @Test("an empty project has zero rows of zeros and no division by zero")
  func emptyProject() {
    let report = CodedCorpus(Project(codebook: Fixture.codebook)).frequency(by: .code)
    #expect(report.transcriptCount == 0)
    #expect(report.rows.allSatisfy { $0.figures == .zero && $0.share == 0 })
  }
}
