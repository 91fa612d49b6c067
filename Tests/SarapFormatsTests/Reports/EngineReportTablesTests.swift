import Foundation
import SarapCore
import SarapEngine
import Testing

@testable import SarapFormats

@Suite("Engine reports as tables")
struct EngineReportTablesTests {
  @Test("the matrix CSV: transcript first, one row per transcript, one column per theme by name")
  func matrixCSV() {
    let table = ReportFixture.corpus.matrix(by: .theme).table(labels: ReportFixture.labels(.en))
    #expect(
      table.rendered(as: .csv) == "transcript,Russia,China\r\nR01,2,1\r\nR02,1,0\r\nR03,0,0\r\n")
    let kazakh = ReportFixture.corpus.matrix(by: .theme).table(labels: ReportFixture.labels(.kk))
    #expect(kazakh.rendered(as: .csv).hasPrefix("transcript,Ресей,Қытай\r\n"))
  }

  @Test("the matrix as text, with totals, aligned in Kazakh")
  func matrixText() {
    let table = ReportFixture.corpus.matrix(by: .theme).table(labels: ReportFixture.labels(.kk))
    #expect(
      table.rendered(as: .table) == """
        Тақырыптық матрица: Транскрипт × Тақырып
        by: theme · cell: segments

        Транскрипт  Ресей  Қытай  Барлығы
        ─────────────────────────────────
        R01             2      1        3
        R02             1      0        1
        R03             0      0        0
        ─────────────────────────────────
        Барлығы         3      1        4

        """)
  }

  @Test("code columns that share a name are told apart by id")
  func distinctNames() {
    let table = ReportFixture.corpus.matrix(by: .code, cell: .presence).table(
      labels: ReportFixture.labels(.en))
    #expect(
      table.rendered(as: .csv).split(separator: "\r\n").first
        == "transcript,Russia,Education,Media (russia.media),China,Media (china.media)")
  }

  @Test("frequency by theme: figures, share to four places, characters as union")
  func frequency() {
    let table = ReportFixture.corpus.frequency(by: .theme).table(labels: ReportFixture.labels(.en))
    #expect(
      table.rendered(as: .csv) == """
        theme,name,segments,codings,transcripts,share,characters\r
        russia,Russia,3,3,2,0.6667,34\r
        china,China,1,1,1,0.3333,5\r

        """)
  }

  @Test("frequency with a breakdown is long: one row per key and group")
  func frequencyBreakdown() {
    let report = ReportFixture.corpus.frequency(by: .theme, breakdown: .attribute("sector"))
    let csv = report.table(labels: ReportFixture.labels(.en)).rendered(as: .csv)
    #expect(
      csv == """
        theme,name,sector,group_transcripts,segments,codings,transcripts,share,characters\r
        russia,Russia,state,1,2,2,1,1.0000,17\r
        russia,Russia,unknown,2,1,1,1,0.5000,17\r
        china,China,state,1,1,1,1,1.0000,5\r
        china,China,unknown,2,0,0,0,0.0000,0\r

        """)
  }

  @Test("co-occurrence pairs and matrix")
  func coOccurrence() {
    let report = ReportFixture.corpus.coOccurrence(by: .code, unit: .overlap)
    let labels = ReportFixture.labels(.en)
    #expect(
      report.pairsTable(labels: labels).rendered(as: .csv) == """
        first,first_name,second,second_name,n12,n1,n2,c\r
        russia.education,Education,russia.media,Media,1,1,2,0.5000\r

        """)
    let matrix = report.table(labels: labels, measure: .coefficient).rendered(as: .csv)
    #expect(
      matrix.split(separator: "\r\n")[2]
        == "russia.education,Education,0.0000,1.0000,0.5000,0.0000,0.0000")
    #expect(report.table(labels: labels).parameters.map(\.value) == ["code", "overlap", "count"])
  }

  @Test("tidy export: one row per coding, text quoted, attributes as columns")
  func tidy() {
    let csv = ReportFixture.corpus.tidy().table(labels: ReportFixture.labels(.en)).rendered(
      as: .csv)
    let lines = csv.components(separatedBy: "\r\n")
    #expect(
      lines[0] == "transcript,coder,code,theme,code_name,theme_name,start,end,text,question,sector")
    #expect(
      lines[1] == "R01,ana,russia.education,russia,Education,Russia,21,33,Ресей білімі,Q1,state")
    #expect(
      lines[4]
        == "R02,bob,russia.media,russia,Media,Russia,20,37,\"\"\"Ресей\"\", иә\nдеді.\",Q2,unknown")
    #expect(lines.count == 6 && lines[5].isEmpty)
  }

  @Test("retrieval hits and search hits")
  func hits() throws {
    let corpus = ReportFixture.corpus
    let labels = ReportFixture.labels(.kk)
    let hits = corpus.retrieve(try Query.parse("russia AND NOT china", in: ReportFixture.codebook))
    let table = hits.table(query: "russia AND NOT china", labels: labels)
    #expect(
      table.columns.map(\.label) == [
        "Транскрипт", "Сұрақ", "Басы", "Соңы", "Кодтар", "Кодтаушылар", "Мәтін",
      ])
    #expect(table.rows.count == 3)
    #expect(table.rows[0][4] == .text("russia.education"))
    let found = try corpus.search(.plain("РЕСЕЙ"), context: 4)
    let kwic = found.table(pattern: .plain("РЕСЕЙ"), labels: labels).rendered(as: .tsv)
    #expect(kwic.split(separator: "\n")[1] == "R01\tQ1\t21\t26\t01: \tРесей\t біл")
  }

  @Test("filters appear as parameters")
  func filterParameters() {
    let filter = SegmentFilter(
      coders: ["bob", "ana"], questions: ["Q1"],
      attributes: [AttributeCondition(name: "sector", value: .unknown)])
    #expect(
      filter.reportParameters == [
        ReportParameter("coder", "ana,bob"), ReportParameter("question", "Q1"),
        ReportParameter("attribute", "sector=unknown"),
      ])
    #expect(SegmentFilter.all.reportParameters == [ReportParameter("coder", "all")])
  }
}
