import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The report figures README.md and docs/reports.md show for the bundled project, recomputed: a
/// page whose copy is stale fails here.
@Suite("Report figures of the bundled project in README.md and docs/reports.md")
struct BundledReportFiguresTests {
  static func corpus() throws -> CodedCorpus {
    let folder = try BundledProjectTests.copy()
    return CodedCorpus(try ProjectFolder(url: folder.url).load())
  }

  /// The pages that show figures of the bundled project, relative to the repository root.
  static let pages = ["README.md", "docs/reports.md"]

  /// Every text between `<!-- figures: name -->` and `<!-- /figures -->` in the pages, with its
  /// page.
  static func figureSections(_ name: String) throws -> [(page: String, text: String)] {
    var sections: [(page: String, text: String)] = []
    for page in pages {
      let text = try String(
        contentsOf: Repository.root.appendingPathComponent(page),
        encoding: .utf8)
      var searchStart = text.startIndex
      while let start = text.range(
        of: "<!-- figures: \(name) -->\n", range: searchStart..<text.endIndex)
      {
        let end = try #require(
          text.range(of: "<!-- /figures -->", range: start.upperBound..<text.endIndex),
          "\(page): figures \(name) not closed")
        sections.append((page, String(text[start.upperBound..<end.lowerBound])))
        searchStart = end.upperBound
      }
    }
    return sections
  }

  /// Checks that the pages show the figures `name` at least once and that every copy is `expected`.
  static func expectFigures(
    _ name: String, equal expected: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let sections = try figureSections(name)
    #expect(!sections.isEmpty, "no figures \(name) in \(pages)", sourceLocation: sourceLocation)
    for section in sections {
      #expect(
        section.text == expected, "\(section.page): figures \(name) are stale",
        sourceLocation: sourceLocation)
    }
  }

  /// A Markdown report without its heading and parameter lines.
  static func markdownTable(_ table: ReportTable, rows: Int? = nil) -> String {
    let lines = table.rendered(as: .md).split(separator: "\n", omittingEmptySubsequences: false)
      .dropFirst(4).filter { !$0.isEmpty }
    return lines.prefix(rows.map { $0 + 2 } ?? lines.count).joined(separator: "\n") + "\n"
  }

  static let dissertation = SegmentFilter(coders: ["dissertation"])
  static func labels(_ corpus: CodedCorpus) -> ReportLabels {
    ReportLabels(language: .en, codebook: corpus.project.codebook)
  }

  @Test("the theme matrix CSV")
  func matrix() throws {
    let corpus = try Self.corpus()
    let csv = corpus.matrix(by: .theme, where: Self.dissertation).table(labels: Self.labels(corpus))
      .rendered(as: .csv).replacingOccurrences(of: "\r\n", with: "\n")
    try Self.expectFigures("matrix", equal: "```csv\n" + csv + "```\n")
  }

  @Test("the frequency table, the co-occurrence table and the strongest pairs")
  func tables() throws {
    let corpus = try Self.corpus()
    let labels = Self.labels(corpus)
    let frequency = corpus.frequency(by: .theme, where: Self.dissertation).table(labels: labels)
    try Self.expectFigures("frequency", equal: Self.markdownTable(frequency))
    let coOccurrence = corpus.coOccurrence(by: .theme, unit: .transcript, where: Self.dissertation)
    try Self.expectFigures(
      "cooccurrence", equal: Self.markdownTable(coOccurrence.table(labels: labels)))
    try Self.expectFigures(
      "pairs", equal: Self.markdownTable(coOccurrence.pairsTable(labels: labels), rows: 10))
  }

  @Test("on the bundled project, the matrix, frequency and tidy totals agree")
  func totalsAgree() throws {
    let corpus = try Self.corpus()
    let matrix = corpus.matrix(by: .theme, where: Self.dissertation)
    let frequency = corpus.frequency(by: .theme, where: Self.dissertation)
    #expect(matrix.columnTotals == frequency.rows.map(\.figures.segments))
    #expect(
      frequency.rows.map(\.figures.codings).reduce(0, +)
        == corpus.tidy(where: Self.dissertation).rows.count)
    #expect(matrix.transcripts.count == 15)
  }
}
