import SarapCore
import SarapEngine

extension ClaimAppendix {
  /// The evidence appendix as one self-contained HTML page.
  ///
  /// An ``HTMLReport``: the verdict table first, then one section per claim with its wording in
  /// Kazakh and English, source, query and scope, verdict, count of units in scope, threshold and
  /// margin, and its evidence segments quoted with their transcript and question. Every text is
  /// escaped.
  ///
  /// - Parameters:
  ///   - verdicts: The claims checked, in ledger order.
  ///   - title: The page's title (the project's).
  ///   - labels: Table headings and the wording shown first, in the page's language.
  ///   - parameters: What was counted (the coders), added to the verdict table's parameters.
  public static func html(
    _ verdicts: [ClaimVerdict], title: String, labels: ReportLabels,
    parameters: [ReportParameter]
  ) -> String {
    let supported = verdicts.filter(\.isSupported).count
    var overview = verdicts.table(labels: labels)
    overview.parameters += parameters
    let summary = [
      ReportParameter("claims", String(verdicts.count)),
      ReportParameter("supported", String(supported)),
      ReportParameter("not supported", String(verdicts.count - supported)),
    ]
    let sections =
      [HTMLReport.Section(table: overview, anchor: "claims")]
      + verdicts.enumerated().map { index, verdict in
        section(verdict, labels: labels, startsPage: index == 0)
      }
    return HTMLReport(
      title: "Claims and their evidence: \(title)", summary: summary + parameters,
      sections: sections, language: labels.language
    ).rendered()
  }

  /// One claim: its facts above the table of its evidence segments.
  private static func section(_ verdict: ClaimVerdict, labels: ReportLabels, startsPage: Bool)
    -> HTMLReport.Section
  {
    let claim = verdict.claim
    var table = verdict.evidence.table(query: claim.query, labels: labels)
    table.title = "\(claim.id): \(verdict.verdictText)"
    if verdict.problem == nil, verdict.evidence.isEmpty {
      table.notes.append("No evidence in the codings.")
    }
    return HTMLReport.Section(
      table: table, facts: facts(verdict, language: labels.language),
      anchor: "claim-\(claim.id)", startsPage: startsPage)
  }

  /// A claim's wording (the page's language first), source, query, and its standing.
  private static func facts(_ verdict: ClaimVerdict, language: Language) -> [ReportParameter] {
    let claim = verdict.claim
    let wordings = [("kk", claim.wordingKK), ("en", claim.wordingEN)]
    var facts = (language == .kk ? wordings : wordings.reversed())
      .filter { !$0.1.isEmpty }.map { ReportParameter($0.0, $0.1) }
    if !claim.source.isEmpty { facts.append(ReportParameter("source", claim.source)) }
    facts.append(ReportParameter("query", claim.query + scope(claim)))
    if let problem = verdict.problem {
      return facts + [ReportParameter("verdict", "not checked: \(problem)")]
    }
    facts += [
      ReportParameter("verdict", verdict.verdictText),
      ReportParameter("count", String(verdict.count)),
      ReportParameter("of", "\(verdict.of) \(claim.unit.rawValue)"),
      ReportParameter("threshold", verdict.requirement.description),
      ReportParameter("margin", "\(verdict.margin): \(verdict.marginText)"),
      ReportParameter("transcripts", verdict.transcripts.map(\.rawValue).joined(separator: " ")),
    ]
    if !claim.memo.isEmpty { facts.append(ReportParameter("memo", claim.memo)) }
    return facts
  }
}
