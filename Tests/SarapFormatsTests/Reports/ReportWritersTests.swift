import Foundation
import Testing

@testable import SarapEngine
@testable import SarapFormats

@Suite("Report writers: CSV, TSV, Markdown, JSON, text")
struct ReportWritersTests {
  static let table = ReportTable(
    kind: "demo", title: "Demo | title",
    parameters: [ReportParameter("by", "theme")],
    columns: [
      ReportColumn(key: "name", label: "Атауы"),
      ReportColumn(key: "n", label: "N"),
      ReportColumn(key: "share", label: "Share"),
      ReportColumn(key: "total", label: "Total", isSummary: true),
    ],
    rows: [
      [.text("a, \"b\"\r\nc|d"), .integer(3), .decimal(2.0 / 3.0, places: 4), .integer(9)],
      [.text("Қазақ"), .integer(12), .decimal(0.5, places: 4), .empty],
    ],
    totals: [.text("Total"), .integer(15), .empty, .integer(9)])

  @Test("CSV: RFC 4180 quoting, CRLF after every line, summary columns and totals left out")
  func csv() {
    #expect(
      Self.table.rendered(as: .csv)
        == "name,n,share\r\n\"a, \"\"b\"\"\r\nc|d\",3,0.6667\r\nҚазақ,12,0.5000\r\n")
  }

  @Test(
    "CSV fields are quoted only when they must be",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("line\nbreak", "\"line\nbreak\""),
      ("cr\rhere", "\"cr\rhere\""), ("", ""), ("Ресей ықпалы", "Ресей ықпалы"),
      (" spaced ", " spaced "),
    ])
  func csvField(_ text: String, _ expected: String) {
    #expect(ReportTable.csvField(text) == expected)
  }

  @Test("--excel prepends a byte order mark to CSV and TSV only")
  func excel() {
    #expect(Self.table.rendered(as: .csv, excel: true).unicodeScalars.first == "\u{FEFF}")
    #expect(Self.table.rendered(as: .tsv, excel: true).hasPrefix("\u{FEFF}name\t"))
    #expect(Self.table.rendered(as: .json, excel: true).hasPrefix("{"))
    #expect(Array(Self.table.rendered(as: .csv, excel: true).utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
  }

  @Test("TSV: tabs and line breaks in a field become spaces, LF line ends")
  func tsv() {
    #expect(
      Self.table.rendered(as: .tsv)
        == "name\tn\tshare\na, \"b\"  c|d\t3\t0.6667\nҚазақ\t12\t0.5000\n")
  }

  @Test("Markdown: escaped pipes, <br> for line breaks, right-aligned numbers, bold totals")
  func markdown() {
    #expect(
      Self.table.rendered(as: .md) == """
        ### Demo \\| title

        by: `theme`

        | Атауы | N | Share | Total |
        | --- | ---: | ---: | ---: |
        | a, "b"<br>c\\|d | 3 | 0.6667 | 9 |
        | Қазақ | 12 | 0.5000 |  |
        | **Total** | **15** |  | **9** |

        """)
  }

  @Test("JSON parses and keeps types: numbers, strings, null, totals")
  func json() throws {
    let text = Self.table.rendered(as: .json)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["report"] as? String == "demo")
    #expect((object["parameters"] as? [String: String]) == ["by": "theme"])
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 2)
    #expect(rows[0]["name"] as? String == "a, \"b\"\r\nc|d")
    #expect(rows[0]["n"] as? Int == 3)
    #expect(rows[0]["share"] as? Double == 0.6667)
    #expect(rows[1]["total"] is NSNull)
    let totals = try #require(object["totals"] as? [String: Any])
    #expect(totals["n"] as? Int == 15)
    #expect(ReportTable.jsonString("\u{1}\t\\") == "\"\\u0001\\t\\\\\"")
  }

  @Test("text: aligned by display width, numbers right, rules around the rows")
  func text() {
    #expect(
      Self.table.rendered(as: .table) == """
        Demo | title
        by: theme

        Атауы         N   Share  Total
        ──────────────────────────────
        a, "b"  c|d   3  0.6667      9
        Қазақ        12  0.5000
        ──────────────────────────────
        Total        15              9

        """)
  }

  @Test("display width: Cyrillic one column, CJK two, combining marks none")
  func displayWidth() {
    #expect(ColumnWidth.of("Қазақстан") == 9)
    #expect(ColumnWidth.of("中文") == 4)
    #expect(ColumnWidth.of("e\u{301}") == 1)
    #expect(ColumnWidth.truncate("Ресей ықпалы зор", to: 8) == "Ресей ы…")
    #expect(ColumnWidth.truncate("中文中文", to: 5) == "中文…")
  }

  @Test("display width: every scalar from Greek to general punctuation by its general category")
  func displayWidthByCategory() {
    // 0x1100-0x115F (Hangul leading jamo) is wide, and tested above for CJK; the rest of these
    // blocks take one column unless they are marks, format characters or C1 controls.
    let ranges: [ClosedRange<UInt32>] = [0x300...0x10FF, 0x1160...0x1FFF, 0x2000...0x206F]
    for value in ranges.joined() {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected: Int
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .format: expected = 0
      default: expected = 1
      }
      #expect(ColumnWidth.of(scalar) == expected, "U+\(String(value, radix: 16))")
    }
  }

  @Test(
    "decimals are written in the C locale with fixed places",
    arguments: [
      (2.0 / 3.0, 4, "0.6667"), (0.5, 4, "0.5000"), (1, 2, "1.00"), (0.00004, 4, "0.0000"),
      (-0.25, 1, "-0.3"), (12.345, 0, "12"),
    ])
  func decimals(_ value: Double, _ places: Int, _ expected: String) {
    #expect(ReportCell.fixed(value, places: places) == expected)
  }

  @Test("an empty table still has its header")
  func empty() {
    let empty = ReportTable(
      kind: "x", title: "X", columns: [ReportColumn(key: "a", label: "A")], rows: [])
    #expect(empty.rendered(as: .csv) == "a\r\n")
    #expect(empty.rendered(as: .table) == "X\n\nA\n─\n")
    #expect(empty.rendered(as: .json).contains("\"rows\": [\n  ]"))
  }
}
