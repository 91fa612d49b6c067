import Foundation
import SarapCore

/// The codebook history format, `sarap-codebook-history 1`: every codebook change, one line each.
///
/// ```
/// sarap-codebook-history 1
/// 2031-02-03T10:00:00Z	ana	rename	china	PRC is the name the respondents use	[{"update":…}]
/// ```
///
/// Fields, tab-separated: time, coder, action (`rename`, or `undo rename`), the codes concerned
/// (space-separated), the reason (escaped like a memo; may be empty), and the operations as a
/// JSON array holding full code values, so that the history replays. Lines are appended, never
/// rewritten. See docs/FORMATS.md.
public enum CodebookHistoryFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// The file's first line.
  public static var formatLine: String { "sarap-codebook-history \(version)" }

  static let fieldNames = "time, coder, action, codes, reason, operations"

  /// Encodes a whole history.
  public static func encode(_ history: CodebookHistory) -> String {
    ([formatLine] + history.changes.map(encodeLine)).joined(separator: "\n") + "\n"
  }

  /// Encodes one change as a line (without its `\n`).
  public static func encodeLine(_ change: CodebookChange) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let records = change.operations.map(CodebookOperationRecord.init)
    guard let data = try? encoder.encode(records), let json = String(data: data, encoding: .utf8)
    else { preconditionFailure("codebook operations always encode as JSON") }
    return [
      change.time.rawValue, MemoEscaping.escape(change.coder.rawValue), change.label,
      change.codes.map(\.rawValue).joined(separator: " "), MemoEscaping.escape(change.reason), json,
    ].joined(separator: "\t")
  }

  /// Decodes a history file.
  public static func decode(_ text: String, path: String) throws(ProjectFileError)
    -> CodebookHistory
  {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "codebook-history", version: version)
    var changes: [CodebookChange] = []
    for (index, line) in source.lines.enumerated().dropFirst()
    where !line.isEmpty && !line.hasPrefix("#") {
      changes.append(try decodeLine(TabFields(line, number: index + 1, in: source)))
    }
    return CodebookHistory(changes: changes)
  }

  private static func decodeLine(_ line: TabFields) throws(ProjectFileError) -> CodebookChange {
    try line.expect(count: 6, names: fieldNames)
    let time = try line.time(0)
    let coder = try line.text(1)
    let (step, action) = try label(line)
    let codes = line.fields[3].split(separator: " ").map { Code.ID(String($0)) }
    let reason = try line.text(4)
    let records = try? JSONDecoder().decode(
      [CodebookOperationRecord].self, from: Data(line.fields[5].utf8))
    let operations = records?.compactMap { $0.operation() }
    guard let records, let operations, operations.count == records.count else {
      throw line.error(
        5, "the operations are not a JSON array of {add|remove|update|move: …} objects")
    }
    return CodebookChange(
      time: time, coder: Coder.ID(coder), step: step, action: action, codes: codes,
      reason: reason, operations: operations)
  }

  private static func label(_ line: TabFields) throws(ProjectFileError)
    -> (CodebookChange.Step, CodebookChange.Action)
  {
    let words = line.fields[2].split(separator: " ").map(String.init)
    let step = words.count == 2 ? CodebookChange.Step(rawValue: words[0]) : .apply
    guard let step, step != .apply || words.count == 1,
      let action = words.last.flatMap(CodebookChange.Action.init(rawValue:))
    else {
      let actions = CodebookChange.Action.allCases.map(\.rawValue).joined(separator: ", ")
      throw line.error(2, "unknown action '\(line.fields[2])' (one of \(actions), after undo/redo)")
    }
    return (step, action)
  }
}
