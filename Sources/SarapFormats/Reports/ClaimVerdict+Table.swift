import SarapCore
import SarapEngine

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

extension ClaimVerdict {
  /// The margin in words: what the count could lose or gain and still hold, or must gain or lose
  /// to hold.
  public var marginText: String {
    guard problem == nil else { return "" }
    let noun = claim.unit == .transcripts ? "transcript" : "segment"
    let units = "\(margin) \(noun)\(margin == 1 ? "" : "s")"
    guard isSupported else {
      return count < requirement.minimum ? "needs \(units) more" : "needs \(units) fewer"
    }
    let loss = requirement.minimum > 0 ? count - requirement.minimum : Int.max
    let gain = requirement.maximum.map { $0 - count } ?? Int.max
    let losing = loss <= gain
    if margin == 0 { return "one \(noun) \(losing ? "fewer" : "more") would flip it" }
    return "could \(losing ? "lose" : "gain") \(units) and still hold"
  }
}
