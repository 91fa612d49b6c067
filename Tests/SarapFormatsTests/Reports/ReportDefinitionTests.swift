import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import Testing

/// The registered report kinds: one description each, computing and laying out exactly what the
/// engine and its table builders do, and the table writers' notes.
@Suite("Report definitions")
struct ReportDefinitionTests {
  static let labels = ReportFixture.labels(.en)

  @Test("every kind has its own name, and its tables carry that name")
  func namesAreUniqueAndCarried() throws {
    let names = ReportDefinition.all.map(\.name)
    #expect(Set(names).count == names.count, "\(names)")
    #expect(
      names == ["frequency", "cooccurrence", "matrix", "agreement", "segments", "tidy", "claims"])
    let coders = ReportFixture.corpus.project.coders
    let pair = Array((coders + coders).prefix(2))
    for definition in ReportDefinition.all {
      let report = try definition.compute(
        ReportFixture.corpus, ReportSettings(query: "russia", coderPair: pair))
      #expect(report.kind == definition.name)
      #expect(report.table(labels: Self.labels).kind == definition.name)
    }
  }

  @Test("a kind's table is what the engine computes, laid out by its table builder")
  func definitionsMatchTheEngine() throws {
    let corpus = ReportFixture.corpus
    let filter = SegmentFilter(transcripts: ["R01"])
    let frequency = try ReportDefinition.frequency.compute(
      corpus, ReportSettings(grouping: .code, breakdown: .question, filter: filter))
    #expect(
      frequency.table(labels: Self.labels)
        == corpus.frequency(by: .code, breakdown: .question, where: filter).table(
          labels: Self.labels))
    let pairs = try ReportDefinition.coOccurrence.compute(
      corpus, ReportSettings(grouping: .code, unit: .transcript, pairs: true))
    let coOccurrence = corpus.coOccurrence(by: .code, unit: .transcript)
    #expect(pairs.table(labels: Self.labels) == coOccurrence.pairsTable(labels: Self.labels))
    let coefficients = try ReportDefinition.coOccurrence.compute(
      corpus, ReportSettings(grouping: .code, unit: .transcript, measure: .coefficient))
    #expect(
      coefficients.table(labels: Self.labels)
        == coOccurrence.table(labels: Self.labels, measure: .coefficient))
    let matrix = try ReportDefinition.themeMatrix.compute(
      corpus, ReportSettings(grouping: .code, cell: .presence))
    #expect(
      matrix.table(labels: Self.labels)
        == corpus.matrix(by: .code, cell: .presence).table(labels: Self.labels))
    let query = try Query.parse("russia AND NOT china", in: corpus.project.codebook)
    let segments = try ReportDefinition.segments.compute(
      corpus, ReportSettings(query: "russia AND NOT china"))
    #expect(
      segments.table(labels: Self.labels)
        == corpus.retrieve(query).table(query: "russia AND NOT china", labels: Self.labels))
  }

  @Test("a bad query fails the computation with the query's own error")
  func badQuery() {
    #expect(throws: QueryError.self) {
      try ReportDefinition.segments.compute(ReportFixture.corpus, ReportSettings(query: "nosuch"))
    }
  }

  @Test("a result computed elsewhere is wrapped only by its own kind")
  func wrapping() {
    let matrix = ReportFixture.corpus.matrix(by: .theme)
    #expect(ReportDefinition.themeMatrix.report(of: matrix)?.value(as: ThemeMatrix.self) == matrix)
    #expect(ReportDefinition.frequency.report(of: matrix) == nil)
  }

  static let noted = ReportTable(
    kind: "agreement", title: "Agreement", columns: [ReportColumn(key: "kappa", label: "κ")],
    rows: [[.empty]], notes: ["kappa undefined: no variation"])

  @Test("notes follow the table in text and Markdown and are an array in JSON")
  func notesAreWritten() {
    #expect(Self.noted.rendered(as: .table).hasSuffix("\n\nkappa undefined: no variation\n"))
    #expect(Self.noted.rendered(as: .md).hasSuffix("\n\n- kappa undefined: no variation\n"))
    #expect(
      Self.noted.rendered(as: .json).hasSuffix(
        "  \"rows\": [\n    {\"kappa\": null}\n  ],\n  \"notes\": [\"kappa undefined: no variation\"]\n}\n"
      ))
  }

  @Test("with totals and notes, the JSON is still one valid object")
  func notesAfterTotals() throws {
    var table = Self.noted
    table.totals = [.integer(1)]
    let json = try JSONSerialization.jsonObject(with: Data(table.rendered(as: .json).utf8))
    let object = try #require(json as? [String: Any])
    #expect(object["notes"] as? [String] == ["kappa undefined: no variation"])
    #expect(object["totals"] != nil)
  }

  @Test("CSV and TSV hold records only: notes are left out")
  func notesAreNotRecords() {
    var plain = Self.noted
    plain.notes = []
    for format in [ReportFormat.csv, .tsv] {
      #expect(Self.noted.rendered(as: format) == plain.rendered(as: format))
    }
    #expect(!plain.rendered(as: .json).contains("notes"))
  }
}

/// The agreement kind: its definition computes what the engine does, and refuses other than two
/// coders.
@Suite("Agreement definition")
struct AgreementDefinitionTests {
  @Test("the definition's table is the engine's agreement laid out; one coder is refused")
  func agreementDefinition() throws {
    let corpus = ReportFixture.corpus
    let coders = corpus.project.coders
    let pair = Array((coders + coders).prefix(2))
    let settings = ReportSettings(
      grouping: .code, coderPair: pair, agreementUnit: .segment(threshold: 80))
    let report = try ReportDefinition.agreement.compute(corpus, settings)
    let labels = ReportFixture.labels(.kk)
    #expect(
      report.table(labels: labels)
        == corpus.agreement(
          between: pair[0], and: pair[1], by: .code, unit: .segment(threshold: 80)
        ).table(labels: labels))
    #expect(
      report.table(labels: labels).columns.map(\.key).prefix(3) == ["code", "name", "a_segments"])
    #expect(throws: AgreementError.needsTwoCoders(given: 1)) {
      try ReportDefinition.agreement.compute(corpus, ReportSettings(coderPair: [pair[0]]))
    }
  }
}
