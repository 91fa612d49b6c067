import SarapCore

extension [ClaimVerdict] {
  /// The claims ledger checked: one row per claim with its count, units in scope, threshold,
  /// verdict, margin and the transcripts with evidence.
  public func table(labels: ReportLabels) -> ReportTable {
    let columns = [
      ReportColumn(key: "claim", label: labels[.claim]),
      ReportColumn(key: "count", label: labels[.count]),
      ReportColumn(key: "of", label: labels[.of]),
      ReportColumn(key: "threshold", label: labels[.threshold], maximumWidth: 36),
      ReportColumn(key: "verdict", label: labels[.verdict]),
      ReportColumn(key: "margin", label: labels[.margin]),
      ReportColumn(key: "transcripts", label: labels[.transcripts], maximumWidth: 48),
    ]
    let rows = map { verdict -> [ReportCell] in
      [
        .text(verdict.claim.id.rawValue), .integer(verdict.count), .integer(verdict.of),
        .text(verdict.problem ?? verdict.requirement.description), .text(verdict.verdictText),
        verdict.problem == nil ? .integer(verdict.margin) : .empty,
        .text(verdict.transcripts.map(\.rawValue).joined(separator: " ")),
      ]
    }
    let supported = filter(\.isSupported).count
    return ReportTable(
      kind: "claims", title: labels[.claims],
      parameters: [
        ReportParameter("claims", String(count)), ReportParameter("supported", String(supported)),
      ],
      columns: columns, rows: rows)
  }
}
