import SarapCore
import SarapEngine

/// The ethics-appendix report of an anonymisation, as Markdown: no original text, only counts,
/// pseudonym kinds, rules, the date and the reviewer.
public enum AnonymisationReportText {
  /// The report for a project title, its figures and the time it is written.
  public static func markdown(
    title: String, report: AnonymisationReport, writtenAt: Timestamp
  ) -> String {
    let kinds = IdentifierKind.allCases.filter { report.distinctTexts[$0] != nil }
    var lines = [
      "# Anonymisation report", "",
      "- Project: \(title)",
      "- Written: \(writtenAt.rawValue)",
      "- Replacements applied: \(report.appliedAt?.rawValue ?? "none in effect")",
      "- Reviewed and applied by: "
        + (report.reviewers.isEmpty
          ? "-" : report.reviewers.map(\.rawValue).joined(separator: ", ")),
      "- Transcripts: \(report.transcripts.count) scanned, \(report.counts.count) changed",
      "- Replacements in effect: \(report.total)",
      "- Decisions: \(report.decisions.accepted) text(s) replaced by a pseudonym, "
        + "\(report.decisions.kept) kept as not identifying, \(report.decisions.rejected) "
        + "rejected as not a candidate; \(report.undecided) candidate text(s) undecided",
      "", "## By kind", "", "| Kind | Pseudonym | Replacements | Distinct texts |",
      "|---|---|---:|---:|",
    ]
    for kind in kinds {
      let count = report.counts.values.compactMap { $0[kind] }.reduce(0, +)
      lines.append(
        "| \(kind.rawValue) | [\(kind.pseudonymStem)-n] | \(count) | "
          + "\(report.distinctTexts[kind] ?? 0) |")
    }
    lines += ["", "## By transcript", ""]
    lines.append("| Transcript | " + kinds.map(\.rawValue).joined(separator: " | ") + " | Total |")
    lines.append("|---|" + kinds.map { _ in "---:|" }.joined() + "---:|")
    for transcript in report.transcripts {
      let row = report.counts[transcript] ?? [:]
      let cells = kinds.map { "\(row[$0] ?? 0)" }
      lines.append(
        "| \(transcript) | " + cells.joined(separator: " | ")
          + " | \(row.values.reduce(0, +)) |")
    }
    lines += ["", "## Rules used", ""]
    lines.append("- always: the terms the project lists in Codebooks/anonymisation.txt")
    for rule in AnonymisationRule.all { lines.append("- \(rule.name.rawValue): \(rule.summary)") }
    lines += [
      "",
      "Every candidate was decided by the reviewer; replacements were applied as one transcript "
        + "revision per transcript with every coding re-anchored. The key (pseudonym to "
        + "original) is kept apart from the project and is not part of this report.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
