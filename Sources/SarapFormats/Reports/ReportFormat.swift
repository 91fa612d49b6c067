import SarapEngine

/// The ways a report can be written.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
  /// An aligned table for the terminal, by display width, with title and totals.
  case table
  /// RFC 4180 CSV: comma-separated, CRLF line ends, fields with a comma, quote, CR or LF quoted.
  case csv
  /// Tab-separated values: tabs and line breaks inside a field become spaces, LF line ends.
  case tsv
  /// A Markdown pipe table under a heading, with totals.
  case md
  /// One JSON object: report, title, parameters, columns, rows (objects keyed by column key) and
  /// totals.
  case json
}

extension ReportTable {
  /// The table written in a format.
  ///
  /// - Parameters:
  ///   - format: How to write it.
  ///   - excel: Prepend a UTF-8 byte order mark to CSV and TSV, which Excel needs to read
  ///     Cyrillic correctly; ignored for the other formats.
  public func rendered(as format: ReportFormat, excel: Bool = false) -> String {
    let byteOrderMark = excel && (format == .csv || format == .tsv) ? "\u{FEFF}" : ""
    switch format {
    case .table: return text()
    case .csv: return byteOrderMark + csv()
    case .tsv: return byteOrderMark + tsv()
    case .md: return markdown()
    case .json: return json()
    }
  }

  /// The columns written in CSV and TSV (summary columns left out), with their positions.
  var recordColumns: [(index: Int, column: ReportColumn)] {
    columns.enumerated().filter { !$0.element.isSummary }.map { ($0.offset, $0.element) }
  }
}
