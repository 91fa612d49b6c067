import SarapEngine

extension ReportTable {
  /// A Markdown pipe table under a level-3 heading, with the parameters in a line beneath it,
  /// the totals as a last, bold row, and the notes as a list after the table.
  ///
  /// `|` in a cell is escaped as `\|` and line breaks become `<br>`; number columns are
  /// right-aligned (`---:`).
  func markdown() -> String {
    let numeric = columns.indices.map { column in rows.contains { $0[column].isNumber } }
    var lines = ["### " + Self.markdownCell(title), ""]
    if !parameters.isEmpty {
      lines += [parameters.map { "\($0.key): `\($0.value)`" }.joined(separator: " · "), ""]
    }
    lines.append("| " + columns.map { Self.markdownCell($0.label) }.joined(separator: " | ") + " |")
    lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
    for row in rows {
      lines.append(
        "| " + row.map { Self.markdownCell($0.plainText) }.joined(separator: " | ") + " |")
    }
    if let totals {
      let cells = totals.map {
        $0.plainText.isEmpty ? "" : "**\(Self.markdownCell($0.plainText))**"
      }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    if !notes.isEmpty { lines += [""] + notes.map { "- " + Self.markdownCell($0) } }
    return lines.map { $0 + "\n" }.joined()
  }

  static func markdownCell(_ text: String) -> String {
    var cell = ""
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "|": cell += "\\|"
      case "\r": continue
      case "\n": cell += "<br>"
      default: cell.unicodeScalars.append(scalar)
      }
    }
    return cell
  }
}
