import Foundation
import SarapCore
import SarapEngine
import Testing

@testable import SarapFormats

@Suite("Spreadsheet sheets and the HTML report")
struct SpreadsheetAndHTMLTests {
  @Test("a sheet holds the CSV's headers and rows, numbers typed, widths by display width")
  func sheet() {
    let table = ReportFixture.corpus.frequency(by: .theme).table(labels: ReportFixture.labels(.kk))
    let sheet = SpreadsheetSheet(table)
    #expect(sheet.name == "frequency")
    #expect(
      sheet.headers == [
        "theme", "name", "segments", "codings", "transcripts", "share", "characters",
      ])
    #expect(
      sheet.rows.first == [
        .text("russia"), .text("Ресей"), .integer(3), .integer(3), .integer(2),
        .decimal(2.0 / 3, places: 4), .integer(34),
      ])
    #expect(sheet.columnWidths[1] == 7)
    #expect(sheet.columnWidths[3] == 9)
    #expect(SpreadsheetSheet.numberFormat(.decimal(0.5, places: 4)) == "0.0000")
    #expect(SpreadsheetSheet.numberFormat(.text("1")) == nil)
    #expect(SpreadsheetSheet.sheetName("a/b:c") == "a_b_c")
  }

  @Test("Base64 matches RFC 4648's test vectors")
  func base64() {
    let vectors = [
      "": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
      "foobar": "Zm9vYmFy",
    ]
    for (plain, encoded) in vectors { #expect(Base64.encode(Array(plain.utf8)) == encoded) }
    let kazakh = "Ресей"
    #expect(Data(base64Encoded: Base64.encode(Array(kazakh.utf8))) == Data(kazakh.utf8))
  }

  @Test("the HTML report: summary, a section per report with its figure, escaped, nothing fetched")
  func html() throws {
    let labels = FigureFixture.labels(.kk)
    let table = ReportFixture.corpus.frequency(by: .theme).table(labels: labels)
    let svg = SVGFigure.frequency(
      ReportFixture.corpus.frequency(by: .theme), table: table, labels: labels)
    let document = HTMLReport(
      title: "Жоба <1>", summary: [ReportParameter("Транскрипттер", "3")],
      sections: [HTMLReport.Section(table: table, figures: [svg])], language: .kk
    ).rendered()
    #expect(document.hasPrefix("<!DOCTYPE html>\n<html lang=\"kk\">"))
    #expect(document.contains("<title>Жоба &lt;1&gt;</title>"))
    #expect(document.contains("<td class=\"number\">34</td>"))
    #expect(
      document.contains("src=\"data:image/svg+xml;base64,\(Base64.encode(Array(svg.utf8)))\""))
    #expect(document.contains("@media print"))
    #expect(!document.lowercased().contains("http"))
  }
}
