import SarapCore

extension [RetrievalHit] {
  /// Retrieved segments as a table: transcript, question, start, end, codes, coders and text.
  ///
  /// - Parameters:
  ///   - query: The query as the user wrote it, kept as a parameter.
  ///   - labels: Headings in the chosen language.
  public func table(query: String, labels: ReportLabels) -> ReportTable {
    let columns = [
      ReportColumn(key: "transcript", label: labels[.transcript]),
      ReportColumn(key: "question", label: labels[.question]),
      ReportColumn(key: "start", label: labels[.start]),
      ReportColumn(key: "end", label: labels[.end]),
      ReportColumn(key: "codes", label: labels[.codes], maximumWidth: 40),
      ReportColumn(key: "coders", label: labels[.coders]),
      ReportColumn(key: "text", label: labels[.text], maximumWidth: 80),
    ]
    let rows = map { hit -> [ReportCell] in
      [
        .text(hit.transcript.rawValue), hit.question.map { .text($0.rawValue) } ?? .empty,
        .integer(hit.range.start), .integer(hit.range.end),
        .text(hit.codes.map(\.rawValue).joined(separator: " ")),
        .text(hit.coders.map(\.rawValue).joined(separator: " ")), .text(hit.text),
      ]
    }
    return ReportTable(
      kind: "segments", title: labels[.retrieval],
      parameters: [ReportParameter("query", query), ReportParameter("hits", String(count))],
      columns: columns, rows: rows)
  }
}
