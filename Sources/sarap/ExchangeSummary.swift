import SarapCore
import SarapFormats

/// The lines `sarap export` and `sarap import` print.
enum ExchangeSummary {
  /// What an export holds.
  static func exported(_ project: Project, to file: String) -> String {
    "wrote \(file): \(counts(project))"
  }

  /// What an import created.
  static func imported(_ project: Project, into directory: String) -> String {
    "created \(directory): \(counts(project))"
  }

  /// The report, items grouped by severity, and a closing line on data loss.
  static func report(_ report: REFIReport) -> String {
    let lost = report.items(.lost).count
    let closing =
      lost == 0
      ? "nothing was lost\n"
      : "\(lost) item\(lost == 1 ? "" : "s") could not be carried over (listed above)\n"
    return report.description + closing
  }

  private static func counts(_ project: Project) -> String {
    let memos =
      project.codebook.codes.filter { !$0.memo.isEmpty }.count
      + project.transcripts.filter { !$0.memo.isEmpty }.count
      + project.codings.filter { !$0.memo.isEmpty }.count
    return "\(counted(project.transcripts.count, "transcript")), "
      + "\(counted(project.codebook.codes.count, "code")), "
      + "\(counted(project.codings.count, "coding")) by \(counted(project.coders.count, "coder")), "
      + counted(memos, "memo")
  }

  /// `1 code`, `2 codes`.
  static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
