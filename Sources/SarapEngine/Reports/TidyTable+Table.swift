import SarapCore

extension TidyTable {
  /// The tidy export as a table: one row per coding with transcript, coder, code, theme, their
  /// names in the chosen language, start, end, text, question, then one column per case
  /// attribute (`unknown` where the sources do not say).
  public func table(labels: ReportLabels) -> ReportTable {
    let columns =
      [
        ReportColumn(key: "transcript", label: labels[.transcript]),
        ReportColumn(key: "coder", label: labels[.coder]),
        ReportColumn(key: "code", label: labels[.code]),
        ReportColumn(key: "theme", label: labels[.theme]),
        ReportColumn(
          key: "code_name", label: "\(labels[.code]): \(labels[.name])", maximumWidth: 30),
        ReportColumn(
          key: "theme_name", label: "\(labels[.theme]): \(labels[.name])", maximumWidth: 30),
        ReportColumn(key: "start", label: labels[.start]),
        ReportColumn(key: "end", label: labels[.end]),
        ReportColumn(key: "text", label: labels[.text], maximumWidth: 60),
        ReportColumn(key: "question", label: labels[.question]),
      ] + attributeNames.map { ReportColumn(key: $0, label: $0) }
    let rows = self.rows.map { row -> [ReportCell] in
      let segment = row.segment
      return [
        .text(segment.transcript.rawValue), .text(segment.coder.rawValue),
        .text(segment.code.rawValue), .text(segment.theme.rawValue),
        .text(labels.name(of: segment.code)), .text(labels.name(of: segment.theme)),
        .integer(segment.range.start), .integer(segment.range.end), .text(row.text),
        segment.question.map { .text($0.rawValue) } ?? .empty,
      ] + row.attributes.map { .text($0.description) }
    }
    return ReportTable(
      kind: "tidy", title: labels[.tidy],
      parameters: [ReportParameter("codings", String(rows.count))], columns: columns, rows: rows)
  }
}
