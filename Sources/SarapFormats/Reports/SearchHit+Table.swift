import SarapCore
import SarapEngine

extension [SearchHit] {
  /// Search matches keyword-in-context: transcript, question, start, end, the text before, the
  /// match and the text after.
  ///
  /// - Parameters:
  ///   - pattern: What was searched for, kept as a parameter.
  ///   - labels: Headings in the chosen language.
  public func table(pattern: SearchPattern, labels: ReportLabels) -> ReportTable {
    let columns = [
      ReportColumn(key: "transcript", label: labels[.transcript]),
      ReportColumn(key: "question", label: labels[.question]),
      ReportColumn(key: "start", label: labels[.start]),
      ReportColumn(key: "end", label: labels[.end]),
      ReportColumn(key: "before", label: labels[.before], alignsRight: true),
      ReportColumn(key: "match", label: labels[.match]),
      ReportColumn(key: "after", label: labels[.after]),
    ]
    let rows = map { hit -> [ReportCell] in
      [
        .text(hit.transcript.rawValue), hit.question.map { .text($0.rawValue) } ?? .empty,
        .integer(hit.range.start), .integer(hit.range.end), .text(hit.before), .text(hit.match),
        .text(hit.after),
      ]
    }
    let parameter =
      switch pattern {
      case .plain(let text): ReportParameter("text", text)
      case .regex(let source): ReportParameter("regex", source)
      }
    return ReportTable(
      kind: "search", title: labels[.search],
      parameters: [parameter, ReportParameter("hits", String(count))], columns: columns, rows: rows)
  }
}
