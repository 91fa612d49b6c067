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
