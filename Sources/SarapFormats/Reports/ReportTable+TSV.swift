import SarapEngine

extension ReportTable {
  /// Tab-separated values (IANA `text/tab-separated-values`): a header line and one line per
  /// row, LF line ends.
  ///
  /// The format has no quoting, so a tab, CR or LF inside a field is written as a space; use CSV
  /// for exact text. Summary columns and the totals row are left out.
  func tsv() -> String {
    let columns = recordColumns
    var lines = [columns.map { Self.tsvField($0.column.header) }.joined(separator: "\t")]
    for row in rows {
      lines.append(columns.map { Self.tsvField(row[$0.index].plainText) }.joined(separator: "\t"))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  static func tsvField(_ text: String) -> String {
    var field = ""
    for scalar in text.unicodeScalars {
      field.unicodeScalars.append(scalar == "\t" || scalar == "\r" || scalar == "\n" ? " " : scalar)
    }
    return field
  }
}
