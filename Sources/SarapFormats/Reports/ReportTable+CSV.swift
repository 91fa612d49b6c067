import SarapEngine

extension ReportTable {
  /// RFC 4180 CSV: a header line, one line per row, fields separated by commas, every line
  /// (the last included) ended by CRLF.
  ///
  /// A field is quoted when it contains a comma, a double quote, CR or LF, and its double quotes
  /// are doubled. CRLF is what RFC 4180 prescribes; R's `read.csv`, pandas and Excel all accept
  /// it. Summary columns and the totals row are left out.
  func csv() -> String {
    let columns = recordColumns
    var lines = [columns.map { Self.csvField($0.column.header) }.joined(separator: ",")]
    for row in rows {
      lines.append(columns.map { Self.csvField(row[$0.index].plainText) }.joined(separator: ","))
    }
    return lines.map { $0 + "\r\n" }.joined()
  }

  /// One field, quoted when it has to be.
  static func csvField(_ text: String) -> String {
    let needsQuotes = text.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return text }
    var quoted = "\""
    for character in text.unicodeScalars {
      if character == "\"" { quoted += "\"" }
      quoted.unicodeScalars.append(character)
    }
    return quoted + "\""
  }
}
