import SarapCore
import SarapEngine

/// Plain-text listings of revision histories: the guide's revisions and the codebook's changes.
public enum RevisionLogText {
  /// One line per guide revision (id, date, status, questions, note), each after the first with
  /// what changed since the previous revision.
  public static func guideLog(_ guide: Guide) -> String {
    var lines: [String] = []
    for (index, revision) in guide.revisions.enumerated() {
      var line =
        "\(revision.id)\t\(revision.date)\t\(revision.status)\t"
        + "\(revision.questions.count) questions"
      if index > 0 {
        let diff = GuideDiff(from: guide.revisions[index - 1], to: revision)
        line += "\t" + summary(diff)
      }
      if !revision.note.isEmpty { line += "\t" + revision.note }
      lines.append(line)
    }
    return lines.isEmpty ? "the guide has no revisions\n" : lines.joined(separator: "\n") + "\n"
  }

  /// How many questions each kind of change touched, such as
  /// `from pilot: 1 added, 1 removed, 3 reworded`.
  public static func summary(_ diff: GuideDiff) -> String {
    let counts = QuestionChange.Mark.allCases.compactMap { mark -> String? in
      let count = diff.changes.filter { $0.marks.contains(mark) }.count
      return count == 0 ? nil : "\(count) \(mark.rawValue)"
    }
    return "from \(diff.old): " + (counts.isEmpty ? "no changes" : counts.joined(separator: ", "))
  }

  /// One line per codebook change, numbered from 1: time, coder, action, codes, reason.
  ///
  /// - Parameter code: When given, only the changes that concern this code.
  public static func codebookLog(_ history: CodebookHistory, code: Code.ID? = nil) -> String {
    var lines: [String] = []
    for (index, change) in history.changes.enumerated() {
      let concerns = change.codes + change.operations.flatMap(\.codes)
      if let code, !concerns.contains(code) { continue }
      let codes =
        change.action == .baseline
        ? "(\(change.operations.count) operations)"
        : change.codes.map(\.rawValue).joined(separator: " ")
      var line = "\(index + 1)\t\(change.time)\t\(change.coder)\t\(change.label)\t\(codes)"
      if !change.reason.isEmpty { line += "\t" + change.reason.replacingNewlines() }
      lines.append(line)
    }
    return lines.isEmpty ? "no codebook changes recorded\n" : lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
  }
}
