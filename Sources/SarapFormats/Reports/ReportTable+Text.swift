extension ReportTable {
  /// An aligned table for the terminal: the title, the parameters, the header, a rule, the rows
  /// and, after another rule, the totals.
  ///
  /// Columns are padded by display width (``ColumnWidth``) and separated by two spaces; numbers
  /// are right-aligned. Line breaks and tabs inside a cell are shown as spaces, and a column with
  /// a maximum width cuts longer cells with `…`.
  func text() -> String {
    let cells =
      ([columns.map(\.label)]
        + (rows + (totals.map { [$0] } ?? [])).map { row in
          row.enumerated().map { Self.textCell($1.plainText, limit: columns[$0].maximumWidth) }
        })
    let widths = columns.indices.map { column in cells.map { ColumnWidth.of($0[column]) }.max() ?? 0
    }
    let numeric = columns.indices.map { column in rows.contains { $0[column].isNumber } }
    let line = { (row: [String]) -> String in
      row.enumerated().map { column, text in
        let padding = String(repeating: " ", count: widths[column] - ColumnWidth.of(text))
        return numeric[column] ? padding + text : text + padding
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    let rule = String(repeating: "─", count: widths.reduce(0, +) + 2 * max(widths.count - 1, 0))
    var lines = [title]
    if !parameters.isEmpty {
      lines.append(parameters.map { "\($0.key): \($0.value)" }.joined(separator: " · "))
    }
    lines += ["", line(cells[0]), rule] + cells[1..<(1 + rows.count)].map(line)
    if totals != nil, let last = cells.last { lines += [rule, line(last)] }
    return lines.map { $0 + "\n" }.joined()
  }

  private static func textCell(_ text: String, limit: Int?) -> String {
    var flat = ""
    for scalar in text.unicodeScalars {
      flat.unicodeScalars.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
    }
    return limit.map { ColumnWidth.truncate(flat, to: $0) } ?? flat
  }
}

extension String {
  /// The string without trailing spaces.
  fileprivate func trimmingTrailingSpaces() -> String {
    var scalars = Array(unicodeScalars)
    while scalars.last == " " { scalars.removeLast() }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars)
    return result
  }
}
