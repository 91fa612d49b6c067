import SarapCore
import SarapEngine

/// The evidence appendix: every claim with its wording, source, verdict and count, and the
/// quoted evidence, as Markdown ready for a thesis appendix.
public enum ClaimAppendix {
  /// The appendix for checked claims.
  ///
  /// - Parameters:
  ///   - verdicts: The claims checked, in ledger order.
  ///   - language: The wording shown first (the other, when present, follows as a translation).
  ///   - coders: Whose codings were counted, for the preamble; empty for all coders.
  public static func markdown(
    _ verdicts: [ClaimVerdict], language: Language, coders: [Coder.ID]
  ) -> String {
    let supported = verdicts.filter(\.isSupported).count
    let who = coders.isEmpty ? "all coders" : coders.map(\.rawValue).joined(separator: ", ")
    var lines = [
      "# Claims and their evidence", "",
      "\(verdicts.count) claim\(verdicts.count == 1 ? "" : "s") checked against the codings of \(who): \(supported) supported, "
        + "\(verdicts.count - supported) not supported.", "",
    ]
    for verdict in verdicts { lines += section(verdict, language: language) }
    return lines.map { $0 + "\n" }.joined()
  }

  private static func section(_ verdict: ClaimVerdict, language: Language) -> [String] {
    let claim = verdict.claim
    var lines = ["## \(claim.id): \(verdict.verdictText)", ""]
    let primary = claim.wording(in: language)
    let other = claim.wording(in: language == .kk ? .en : .kk)
    if !primary.isEmpty { lines += ["> " + line(primary), ""] }
    if !other.isEmpty, other != primary { lines += ["Translation: " + line(other), ""] }
    if !claim.source.isEmpty { lines.append("- Source: \(line(claim.source))") }
    lines.append("- Evidence query: `\(claim.query)`" + scope(claim))
    if let problem = verdict.problem {
      lines += ["- Not checked: \(line(problem))", ""]
      return lines
    }
    lines.append(
      "- Quantifier: \(verdict.requirement.quantifier), needs \(verdict.requirement.bounds) "
        + "of \(verdict.of) \(claim.unit.rawValue)")
    lines.append(
      "- Count: \(verdict.count) of \(verdict.of)"
        + (verdict.transcripts.isEmpty
          ? "" : " (\(verdict.transcripts.map(\.rawValue).joined(separator: ", ")))")
        + "; \(verdict.verdictText), \(verdict.marginText)")
    if !claim.memo.isEmpty { lines.append("- Memo: \(line(claim.memo))") }
    lines.append("")
    guard !verdict.evidence.isEmpty else { return lines + ["No evidence in the codings.", ""] }
    lines += ["Evidence:", ""]
    for (number, hit) in verdict.evidence.enumerated() {
      let question = hit.question.map { ", \($0)" } ?? ""
      lines.append(
        "\(number + 1). **\(hit.transcript)**\(question), \(hit.range.start)..\(hit.range.end): "
          + "«\(line(hit.text))»")
    }
    return lines + [""]
  }

  static func scope(_ claim: Claim) -> String {
    var parts = ["unit: \(claim.unit.rawValue)"]
    if !claim.questions.isEmpty {
      parts.append("question \(claim.questions.map(\.rawValue).joined(separator: ", "))")
    }
    for attribute in claim.attributes { parts.append("\(attribute.name)=\(attribute.value)") }
    return " (" + parts.joined(separator: "; ") + ")"
  }

  /// Text on one Markdown line: line breaks become spaces.
  private static func line(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
  }
}
