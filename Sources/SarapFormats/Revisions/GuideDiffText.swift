import SarapCore
import SarapEngine

/// A guide diff as plain text: one row per aligned group, old ids beside new ids, marks, the
/// word diffs (`[-removed-]{+inserted+}`) and the notes beneath.
public enum GuideDiffText {
  /// Which texts to show.
  public enum Languages: String, CaseIterable, Sendable {
    /// Kazakh only.
    case kk
    /// English only.
    case en
    /// Both, Kazakh first.
    case both
  }

  /// Renders a diff.
  public static func render(_ diff: GuideDiff, languages: Languages = .both) -> String {
    let rows = diff.changes.map { change in
      (
        change.old.map(\.id.rawValue).joined(separator: " "),
        change.new.map(\.id.rawValue).joined(separator: " "), change
      )
    }
    let oldWidth = max(diff.old.rawValue.count, rows.map { max($0.0.count, 1) }.max() ?? 0)
    let newWidth = max(diff.new.rawValue.count, rows.map { max($0.1.count, 1) }.max() ?? 0)
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(0, width - text.count))
    }
    var lines = [
      "\(pad(diff.old.rawValue, oldWidth))  \(pad(diff.new.rawValue, newWidth))  change"
    ]
    for (old, new, change) in rows {
      lines.append(
        "\(pad(old.isEmpty ? "-" : old, oldWidth))  \(pad(new.isEmpty ? "-" : new, newWidth))  "
          + marks(change))
      lines += details(change, languages: languages).map { "    " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The marks of a change, and how it was aligned when not by id.
  public static func marks(_ change: QuestionChange) -> String {
    let marks = change.orderedMarks.map(\.rawValue).joined(separator: ", ")
    let how: String
    switch change.alignment {
    case .similarity(let score)?: how = " (by similarity \(score))"
    case .replaces?: how = " (replaces)"
    default: how = ""
    }
    return (marks.isEmpty ? "unchanged" : marks) + how
  }

  /// The text lines under a change: word diffs for a kept question, old and new texts otherwise.
  public static func details(_ change: QuestionChange, languages: Languages) -> [String] {
    var lines: [String] = []
    let shown: [Language] =
      switch languages {
      case .kk: [.kk]
      case .en: [.en]
      case .both: [.kk, .en]
      }
    if let kazakh = change.kazakhDiff, let english = change.englishDiff {
      if change.marks.contains(.reworded) {
        for language in shown {
          lines.append("\(language.rawValue): " + (language == .kk ? kazakh : english).markedText)
        }
      }
    } else {
      for question in change.old {
        for language in shown {
          lines.append("- \(question.id) \(language.rawValue): \(question.text(in: language))")
        }
      }
      for question in change.new {
        for language in shown {
          lines.append("+ \(question.id) \(language.rawValue): \(question.text(in: language))")
        }
      }
    }
    let note = change.note
    if !note.isEmpty {
      lines += note.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        ($0.offset == 0 ? "note: " : "      ") + $0.element
      }
    }
    return lines
  }
}
