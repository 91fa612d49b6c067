import Foundation
import SarapCore

/// The undo history format: one JSON object per line, appended; rewritten only when pruned.
///
/// Each line holds a ``HistoryEntry``; edits are stored as ``EditRecord`` trees. Version 1 lines
/// hold replaced transcripts, guides and claims ledgers whole, in their own file formats;
/// version 2 lines hold them as diffs (``TextPatch``). Both are read, line by line, so a history
/// may mix them. A pruned history opens with a ``HistoryPrune`` line. See docs/FORMATS.md.
public enum HistoryFile {
  /// The format version this Sarap writes; every line carries its own.
  public static let version = 2
  /// The versions this Sarap reads.
  public static let readableVersions = 1...2

  /// The `format` value of a line of a version: `sarap-history 2`.
  static func formatLine(_ version: Int) -> String { "sarap-history \(version)" }

  /// Encodes one entry as a single line of JSON (without its `\n`).
  public static func encodeLine(_ entry: HistoryEntry) -> String {
    encodeJSON(
      Line(
        format: formatLine(version), sequence: entry.sequence, kind: entry.kind,
        target: entry.target, coder: entry.coder.rawValue, time: entry.time.rawValue,
        summary: entry.summary, edit: entry.edit.record,
        inverse: entry.edit.record.inverted() == entry.inverse.record
          ? .inverseOfEdit : entry.inverse.record))
  }

  /// One line of JSON: sorted keys, slashes unescaped.
  static func encodeJSON<Value: Encodable>(_ value: Value) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8)
    else { preconditionFailure("a history line always encodes as JSON") }
    return text
  }

  /// Decodes one line; `path` and `number` locate errors.
  public static func decodeLine(_ text: String, path: String, number: Int)
    throws(ProjectFileError) -> HistoryEntry
  {
    var line: Line
    do {
      line = try JSONDecoder().decode(Line.self, from: Data(text.utf8))
    } catch {
      throw ProjectFileError(
        path: path, line: number, column: 1, message: "not a history entry: \(error)")
    }
    guard let lineVersion = readableVersions.first(where: { line.format == formatLine($0) }) else {
      throw ProjectFileError(
        path: path, line: number, column: 1,
        message: "unsupported history format '\(line.format)' (this Sarap reads versions "
          + "\(readableVersions.lowerBound) to \(readableVersions.upperBound))")
    }
    if line.inverse == EditRecord.inverseOfEdit {
      guard lineVersion == 2, let inverse = line.edit.inverted() else {
        throw ProjectFileError(
          path: path, line: number, column: column(of: "inverse", in: text),
          message: "'inverseOfEdit' stands only for the inverse of an edit of codes and codings, "
            + "in a 'sarap-history 2' line")
      }
      line.inverse = inverse
    }
    try check(line, text: text, path: path, number: number)
    if lineVersion == 1, line.edit.containsDiffs || line.inverse.containsDiffs {
      throw ProjectFileError(
        path: path, line: number, column: column(of: "edit", in: text),
        message: "a 'sarap-history 1' line cannot hold a diff (diffs came with version 2)")
    }
    for record in [line.edit, line.inverse] {
      do { try record.validate() } catch {
        throw ProjectFileError(
          path: path, line: number, column: column(of: "edit", in: text),
          message: "a recorded edit is malformed: \(error.message)")
      }
    }
    return HistoryEntry(
      sequence: line.sequence, kind: line.kind, target: line.target, coder: Coder.ID(line.coder),
      time: Timestamp(line.time), summary: line.summary, edit: RecordedEdit(record: line.edit),
      inverse: RecordedEdit(record: line.inverse))
  }

  /// Checks the numbers, the coder and the time of a decoded line; errors point at the key.
  private static func check(_ line: Line, text: String, path: String, number: Int)
    throws(ProjectFileError)
  {
    func fail(_ key: String, _ message: String) -> ProjectFileError {
      ProjectFileError(
        path: path, line: number, column: column(of: key, in: text), message: message)
    }
    let sequences = 1...InputLimits.largestNumber
    guard sequences.contains(line.sequence) else {
      throw fail(
        "sequence",
        "sequence \(line.sequence) is out of range (1 to \(InputLimits.largestNumber))")
    }
    if let target = line.target, !sequences.contains(target) {
      throw fail(
        "target", "target \(target) is out of range (1 to \(InputLimits.largestNumber))")
    }
    if let problem = Coder.nameProblem(line.coder) { throw fail("coder", problem) }
    guard TimestampSyntax.isValid(Substring(line.time)) else {
      throw fail("time", "expected a real UTC time like 2026-11-26T17:05:00Z, found '\(line.time)'")
    }
    let numbers = line.edit.numbers + line.inverse.numbers
    if let bad = numbers.first(where: { !InputLimits.numbers.contains($0) }) {
      throw fail(
        "edit", "a recorded edit holds \(bad), out of range (0 to \(InputLimits.largestNumber))")
    }
  }

  /// The 1-based column (in scalars) of `"key":` in a line; 1 when absent.
  public static func column(of key: String, in text: String) -> Int {
    guard let range = text.range(of: "\"\(key)\":") else { return 1 }
    return text.unicodeScalars[..<range.lowerBound].count + 1
  }

  private struct Line: Codable {
    var format: String
    var sequence: Int
    var kind: HistoryEntry.Kind
    var target: Int?
    var coder: String
    var time: String
    var summary: String
    var edit: EditRecord
    var inverse: EditRecord
  }
}
