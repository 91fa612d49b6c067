import SarapEngine

extension ReportTable {
  /// An aligned table for the terminal: the title, the parameters, the header, a rule, the rows,
  /// after another rule the totals, and after a blank line the notes.
  ///
  /// Columns are padded by display width (``ColumnWidth``) and separated by two spaces; numbers
  /// are right-aligned. Line breaks and tabs inside a cell are shown as spaces, and a column with
  /// a maximum width cuts longer cells (and its heading) with `…`.
  func text() -> String {
    let header = columns.map { Self.textCell($0.label, limit: $0.maximumWidth) }
    let body = (rows + (totals.map { [$0] } ?? [])).map(textCells)
    // Each cell is measured once: a search's table has a row per match.
    let cellWidths = ([header] + body).map { $0.map(ColumnWidth.of) }
    let widths = columns.indices.map { column in cellWidths.map { $0[column] }.max() ?? 0 }
    let right = columns.indices.map { column in
      columns[column].alignsRight ?? rows.contains { $0[column].isNumber }
    }
    let line = { (index: Int) in
      Self.textLine(
        index == 0 ? header : body[index - 1], cellWidths: cellWidths[index], widths: widths,
        right: right)
    }
    let rule = String(repeating: "─", count: widths.reduce(0, +) + 2 * max(widths.count - 1, 0))
    var lines = [title]
    if !parameters.isEmpty {
      lines.append(parameters.map { "\($0.key): \($0.value)" }.joined(separator: " · "))
    }
    lines += ["", line(0), rule] + (1..<rows.count + 1).map(line)
    if totals != nil { lines += [rule, line(body.count)] }
    if !notes.isEmpty { lines += [""] + notes }
    return lines.map { $0 + "\n" }.joined()
  }

  private func textCells(_ row: [ReportCell]) -> [String] {
    row.enumerated().map { Self.textCell($1.plainText, limit: columns[$0].maximumWidth) }
  }

  private static func textLine(
    _ row: [String], cellWidths: [Int], widths: [Int], right: [Bool]
  ) -> String {
    var line = row.enumerated().map { column, text in
      let padding = String(repeating: " ", count: widths[column] - cellWidths[column])
      return right[column] ? padding + text : text + padding
    }.joined(separator: "  ")
    while line.unicodeScalars.last == " " { line.unicodeScalars.removeLast() }
    return line
  }

  private static func textCell(_ text: String, limit: Int?) -> String {
    // Line breaks and tabs are ASCII: replacing their bytes keeps the text valid UTF-8.
    let breaks: (UInt8) -> Bool = { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    let flat =
      text.utf8.contains(where: breaks)
      ? String(decoding: text.utf8.map { breaks($0) ? 0x20 : $0 }, as: UTF8.self) : text
    return limit.map { ColumnWidth.truncate(flat, to: $0) } ?? flat
  }
}
