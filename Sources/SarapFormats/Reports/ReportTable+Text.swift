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
    let widths = columns.indices.map { column in
      ([header] + body).map { ColumnWidth.of($0[column]) }.max() ?? 0
    }
    let right = columns.indices.map { column in
      columns[column].alignsRight ?? rows.contains { $0[column].isNumber }
    }
    let line = { (row: [String]) in Self.textLine(row, widths: widths, right: right) }
    let rule = String(repeating: "─", count: widths.reduce(0, +) + 2 * max(widths.count - 1, 0))
    var lines = [title]
    if !parameters.isEmpty {
      lines.append(parameters.map { "\($0.key): \($0.value)" }.joined(separator: " · "))
    }
    lines += ["", line(header), rule] + body.prefix(rows.count).map(line)
    if totals != nil, let last = body.last { lines += [rule, line(last)] }
    if !notes.isEmpty { lines += [""] + notes }
    return lines.map { $0 + "\n" }.joined()
  }

  private func textCells(_ row: [ReportCell]) -> [String] {
    row.enumerated().map { Self.textCell($1.plainText, limit: columns[$0].maximumWidth) }
  }

  private static func textLine(_ row: [String], widths: [Int], right: [Bool]) -> String {
    var line = row.enumerated().map { column, text in
      let padding = String(repeating: " ", count: widths[column] - ColumnWidth.of(text))
      return right[column] ? padding + text : text + padding
    }.joined(separator: "  ")
    while line.unicodeScalars.last == " " { line.unicodeScalars.removeLast() }
    return line
  }

  private static func textCell(_ text: String, limit: Int?) -> String {
    var flat = ""
    for scalar in text.unicodeScalars {
      flat.unicodeScalars.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
    }
    return limit.map { ColumnWidth.truncate(flat, to: $0) } ?? flat
  }
}
