import Foundation
import SarapCore

/// The undo history format: one JSON object per line, appended and never rewritten.
///
/// Each line holds a ``HistoryEntry``; edits are stored as ``EditRecord`` trees whose transcripts
/// and guides are embedded in their own file formats. See docs/FORMATS.md.
public enum HistoryFile {
  /// The format version this Sarap reads and writes; every line carries it.
  public static let version = 1

  /// Encodes one entry as a single line of JSON (without its `\n`).
  public static func encodeLine(_ entry: HistoryEntry) -> String {
    let line = Line(
      format: "sarap-history \(version)", sequence: entry.sequence, kind: entry.kind,
      target: entry.target, coder: entry.coder.rawValue, time: entry.time.rawValue,
      summary: entry.summary, edit: EditRecord(entry.edit), inverse: EditRecord(entry.inverse))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(line), let text = String(data: data, encoding: .utf8)
    else { preconditionFailure("a history entry always encodes as JSON") }
    return text
  }

  /// Decodes one line; `path` and `number` locate errors.
  public static func decodeLine(_ text: String, path: String, number: Int)
    throws(ProjectFileError) -> HistoryEntry
  {
    let line: Line
    do {
      line = try JSONDecoder().decode(Line.self, from: Data(text.utf8))
    } catch {
      throw ProjectFileError(
        path: path, line: number, column: 1, message: "not a history entry: \(error)")
    }
    guard line.format == "sarap-history \(version)" else {
      throw ProjectFileError(
        path: path, line: number, column: 1,
        message: "unsupported history format '\(line.format)' (this Sarap reads version \(version))"
      )
    }
    try check(line, text: text, path: path, number: number)
    do {
      return HistoryEntry(
        sequence: line.sequence, kind: line.kind, target: line.target, coder: Coder.ID(line.coder),
        time: Timestamp(line.time), summary: line.summary, edit: try line.edit.edit(),
        inverse: try line.inverse.edit())
    } catch {
      throw ProjectFileError(
        path: path, line: number, column: 1, message: "a recorded edit is malformed: \(error)")
    }
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
  private static func column(of key: String, in text: String) -> Int {
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
