import SarapCore
import SarapEngine

/// The review notes format, `sarap-review 1`: what transcript revisions recorded about the
/// codings they flagged, one line each, appended.
///
/// Fields, tab-separated: transcript, start, end, code, coder (the flagged coding's key after
/// the revision), fingerprint (the one it carries, of its old text), old start, old end, the
/// saved revision (`R07.1`), time, and the old text (escaped like a memo). A note applies while
/// a coding with that key still carries that fingerprint; once the coding is accepted, adjusted
/// or removed the note is history. See docs/FORMATS.md.
public enum ReviewFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// The file's first line.
  public static var formatLine: String { "sarap-review \(version)" }

  static let fieldNames =
    "transcript, start, end, code, coder, fingerprint, old start, old end, revision, time, old text"

  /// Encodes notes as a whole file.
  public static func encode(_ notes: [ReviewNote]) -> String {
    ([formatLine] + notes.map(encodeLine)).joined(separator: "\n") + "\n"
  }

  /// Encodes one note as a line (without its `\n`).
  public static func encodeLine(_ note: ReviewNote) -> String {
    [
      note.key.transcript.rawValue, "\(note.key.range.start)", "\(note.key.range.end)",
      note.key.code.rawValue, MemoEscaping.escape(note.key.coder.rawValue), note.fingerprint.hex,
      "\(note.oldRange.start)", "\(note.oldRange.end)", note.revision, note.time.rawValue,
      MemoEscaping.escape(note.oldText),
    ].joined(separator: "\t")
  }

  /// Decodes a review notes file, in file order.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> [ReviewNote] {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "review", version: version)
    var notes: [ReviewNote] = []
    for (index, line) in source.lines.enumerated().dropFirst()
    where !line.isEmpty && !line.hasPrefix("#") {
      notes.append(try decodeLine(TabFields(line, number: index + 1, in: source)))
    }
    return notes
  }

  private static func decodeLine(_ line: TabFields) throws(ProjectFileError) -> ReviewNote {
    try line.expect(count: 11, names: fieldNames)
    let range = try self.range(line, 1)
    let oldRange = try self.range(line, 6)
    guard let fingerprint = TextFingerprint(hex: String(line.fields[5])) else {
      throw line.error(5, "a fingerprint is 8 hex digits, found '\(line.fields[5])'")
    }
    let key = Coding.Key(
      transcript: Transcript.ID(try line.id(0, "a transcript id")), range: range,
      code: Code.ID(try line.id(3, "a code id")), coder: Coder.ID(try line.text(4)))
    return ReviewNote(
      key: key, fingerprint: fingerprint, oldRange: oldRange, oldText: try line.text(10),
      revision: try line.id(8, "a revision name"), time: try line.time(9))
  }

  private static func range(_ line: TabFields, _ field: Int) throws(ProjectFileError) -> TextRange {
    let start = try line.offset(field)
    let end = try line.offset(field + 1)
    guard start <= end else { throw line.error(field + 1, "end \(end) lies before start \(start)") }
    return TextRange(start: start, end: end)
  }
}
