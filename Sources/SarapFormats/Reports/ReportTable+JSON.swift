import SarapEngine

extension ReportTable {
  /// One JSON object: `report`, `title`, `parameters` (an object), `columns` (key and label of
  /// each), `rows` (one object per row keyed by column key, numbers as numbers, empty cells as
  /// `null`) and, when the table has them, `totals` and `notes` (an array of strings).
  ///
  /// Written by hand (no encoder needed): strings are escaped per RFC 8259 and kept in UTF-8;
  /// each row takes one line.
  func json() -> String {
    var lines = ["{"]
    lines.append("  \"report\": \(Self.jsonString(kind)),")
    lines.append("  \"title\": \(Self.jsonString(title)),")
    let parameters = self.parameters.map {
      "\(Self.jsonString($0.key)): \(Self.jsonString($0.value))"
    }
    lines.append("  \"parameters\": {" + parameters.joined(separator: ", ") + "},")
    lines.append("  \"columns\": [")
    lines.append(
      columns.map {
        "    {\"key\": \(Self.jsonString($0.key)), \"label\": \(Self.jsonString($0.label))}"
      }
      .joined(separator: ",\n"))
    lines.append("  ],")
    lines.append("  \"rows\": [")
    lines.append(rows.map { "    " + jsonObject($0) }.joined(separator: ",\n"))
    lines.append(totals == nil && notes.isEmpty ? "  ]" : "  ],")
    if let totals {
      lines.append("  \"totals\": " + jsonObject(totals) + (notes.isEmpty ? "" : ","))
    }
    if !notes.isEmpty {
      lines.append("  \"notes\": [" + notes.map(Self.jsonString).joined(separator: ", ") + "]")
    }
    lines.append("}")
    return lines.filter { !$0.isEmpty }.map { $0 + "\n" }.joined()
  }

  private func jsonObject(_ row: [ReportCell]) -> String {
    let members = zip(columns, row).map { column, cell in
      "\(Self.jsonString(column.key)): \(Self.jsonValue(cell))"
    }
    return "{" + members.joined(separator: ", ") + "}"
  }

  static func jsonValue(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let text): jsonString(text)
    case .integer, .decimal: cell.plainText
    case .empty: "null"
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
