import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import Testing

@testable import SarapStore

/// The report figures README.md shows for the bundled project, recomputed: a README whose copies
/// are stale fails here.
@Suite("README report figures of the bundled project")
struct BundledReportFiguresTests {
  static func corpus() throws -> CodedCorpus {
    let folder = try BundledProjectTests.copy()
    return CodedCorpus(try ProjectFolder(url: folder.url).load())
  }

  /// The text between `<!-- figures: name -->` and `<!-- /figures -->` in README.md.
  static func readmeFigures(_ name: String) throws -> String {
    let readme = try String(
      contentsOf: BundledProjectTests.repositoryRoot.appendingPathComponent("README.md"),
      encoding: .utf8)
    let start = try #require(readme.range(of: "<!-- figures: \(name) -->\n"))
    let end = try #require(
      readme.range(of: "<!-- /figures -->", range: start.upperBound..<readme.endIndex))
    return String(readme[start.upperBound..<end.lowerBound])
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
    #expect(try Self.readmeFigures("matrix") == "```csv\n" + csv + "```\n")
  }

  @Test("the frequency table, the co-occurrence table and the strongest pairs")
  func tables() throws {
    let corpus = try Self.corpus()
    let labels = Self.labels(corpus)
    let frequency = corpus.frequency(by: .theme, where: Self.dissertation).table(labels: labels)
    #expect(try Self.readmeFigures("frequency") == Self.markdownTable(frequency))
    let coOccurrence = corpus.coOccurrence(by: .theme, unit: .transcript, where: Self.dissertation)
    #expect(
      try Self.readmeFigures("cooccurrence")
        == Self.markdownTable(coOccurrence.table(labels: labels)))
    #expect(
      try Self.readmeFigures("pairs")
        == Self.markdownTable(coOccurrence.pairsTable(labels: labels), rows: 10))
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
