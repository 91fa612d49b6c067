import SarapEngine

/// A report laid out as one spreadsheet sheet: the tidy export as one table, ready for an XLSX
/// writer (SarapStore's `XLSXFile`).
///
/// The rows are exactly those of the CSV export (record columns, one row per record, no totals),
/// with numbers kept as numbers; the header row is bold and frozen, and each column is as wide
/// as its widest text in display columns.
public struct SpreadsheetSheet: Hashable, Sendable {
  /// The sheet's name: the report's kind, cut to Excel's 31 characters.
  public let name: String
  /// The header row: the CSV headers.
  public let headers: [String]
  /// The data rows, parallel to ``headers``.
  public let rows: [[ReportCell]]
  /// Each column's width in Excel's character units.
  public let columnWidths: [Double]

  /// The sheet of a report table.
  public init(_ table: ReportTable) {
    let columns = table.recordColumns
    let headers = columns.map(\.column.header)
    name = Self.sheetName(table.kind)
    self.headers = headers
    rows = table.rows.map { row in columns.map { row[$0.index] } }
    columnWidths = columns.indices.map { index in
      let widest =
        ([headers[index]] + table.rows.map { $0[columns[index].index].plainText })
        .map(ColumnWidth.of).max() ?? 0
      return Double(min(80, max(6, widest + 2)))
    }
  }

  /// The Excel number format of a cell: `0` for counts, `0.0000` for four decimal places; nil
  /// for text.
  public static func numberFormat(_ cell: ReportCell) -> String? {
    switch cell {
    case .integer: "0"
    case .decimal(_, let places): places == 0 ? "0" : "0." + String(repeating: "0", count: places)
    case .text, .empty: nil
    }
  }

  /// A name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty.
  static func sheetName(_ kind: String) -> String {
    let cleaned = String(
      kind.unicodeScalars.map { "[]:*?/\\".unicodeScalars.contains($0) ? "_" : Character($0) })
    return cleaned.isEmpty ? "report" : String(cleaned.prefix(31))
  }
}
