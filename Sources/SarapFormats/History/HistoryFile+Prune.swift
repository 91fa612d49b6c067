import Foundation
import SarapCore

extension HistoryFile {
  /// Encodes the prune record that opens a pruned history, as one line of JSON.
  public static func encodePruneLine(_ prune: HistoryPrune) -> String {
    let line = PruneLine(
      format: formatLine(version),
      pruned: PruneLine.Record(
        through: prune.through, time: prune.time.rawValue, undoable: prune.undoable,
        redoable: prune.redoable))
    return encodeJSON(line)
  }

  /// Decodes a line as a prune record; nil when it is not one (it has no `pruned` key).
  public static func decodePruneLine(_ text: String, path: String, number: Int)
    throws(ProjectFileError) -> HistoryPrune?
  {
    guard let line = try? JSONDecoder().decode(PruneLine.self, from: Data(text.utf8)),
      let record = line.pruned
    else { return nil }
    func fail(_ key: String, _ message: String) -> ProjectFileError {
      ProjectFileError(
        path: path, line: number, column: column(of: key, in: text), message: message)
    }
    guard line.format == formatLine(version) else {
      throw fail("format", "a prune record is a '\(formatLine(version))' line")
    }
    guard (1...InputLimits.largestNumber).contains(record.through) else {
      throw fail("through", "through \(record.through) is out of range")
    }
    guard TimestampSyntax.isValid(Substring(record.time)) else {
      throw fail(
        "time", "expected a real UTC time like 2026-11-26T17:05:00Z, found '\(record.time)'")
    }
    let stacked = record.undoable + record.redoable
    if let bad = stacked.first(where: { !(1...record.through).contains($0) }) {
      throw fail("undoable", "entry \(bad) is not one the prune cut off (1 to \(record.through))")
    }
    return HistoryPrune(
      through: record.through, time: Timestamp(record.time), undoable: record.undoable,
      redoable: record.redoable)
  }

  private struct PruneLine: Codable {
    struct Record: Codable {
      var through: Int
      var time: String
      var undoable: [Int]
      var redoable: [Int]
    }
    var format: String
    var pruned: Record?
  }
}
