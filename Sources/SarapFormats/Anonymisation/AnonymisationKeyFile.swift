import SarapCore
import SarapEngine

/// The anonymisation key, `.sarap/anonymisation-key.txt` (`sarap-anonymisation-key 1`).
///
/// It holds the originals and must never be shared. Lines, tab-separated:
/// `accept PSEUDONYM KIND TEXT`, `keep KIND TEXT`, `reject KIND TEXT` (the decisions), and
/// `applied TIME CODER TRANSCRIPT START-END PSEUDONYM KIND ORIGINAL` (each replacement made,
/// with the pseudonym's range in the anonymised text). Texts are escaped like memos.
public enum AnonymisationKeyFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// The file's first line.
  public static var formatLine: String { "sarap-anonymisation-key \(version)" }

  /// The comment written under the format line.
  public static let warning =
    "# The anonymisation key: pseudonym -> original. Keep it safe; never commit or share it."

  /// Decodes a key.
  public static func decode(_ text: String, path: String) throws(ProjectFileError)
    -> AnonymisationKey
  {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "anonymisation-key", version: version)
    var key = AnonymisationKey()
    for (index, line) in source.lines.enumerated().dropFirst()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = TabFields(line, number: index + 1, in: source)
      switch fields.fields[0] {
      case "accept":
        try fields.expect(count: 4, names: "accept, pseudonym, kind, text")
        key.decide(
          .init(
            text: try AnonymisationListFile.term(fields, 3),
            kind: try AnonymisationListFile.kind(fields, 2),
            decision: .accept(pseudonym: try AnonymisationListFile.term(fields, 1))))
      case "keep", "reject":
        try fields.expect(count: 3, names: "\(fields.fields[0]), kind, text")
        key.decide(
          .init(
            text: try AnonymisationListFile.term(fields, 2),
            kind: try AnonymisationListFile.kind(fields, 1),
            decision: fields.fields[0] == "keep" ? .keep : .reject))
      case "applied":
        key.applied.append(try replacement(fields))
      default:
        throw fields.error(
          0, "expected 'accept', 'keep', 'reject' or 'applied', found '\(fields.fields[0])'")
      }
    }
    return key
  }

  private static func replacement(_ fields: TabFields) throws(ProjectFileError)
    -> AnonymisationKey.Replacement
  {
    try fields.expect(
      count: 8, names: "applied, time, coder, transcript, range, pseudonym, kind, original")
    let bounds = fields.fields[4].split(separator: "-")
    guard bounds.count == 2, let start = Offset.parse(bounds[0]), let end = Offset.parse(bounds[1]),
      start <= end
    else { throw fields.error(4, "expected a range like 120-135, found '\(fields.fields[4])'") }
    return AnonymisationKey.Replacement(
      time: try fields.time(1), coder: Coder.ID(try fields.text(2)),
      transcript: Transcript.ID(try fields.id(3, "a transcript id")),
      range: TextRange(start: start, end: end),
      pseudonym: try AnonymisationListFile.term(fields, 5),
      kind: try AnonymisationListFile.kind(fields, 6),
      original: try AnonymisationListFile.term(fields, 7))
  }

  /// Encodes a key: the decisions in order, then the replacements applied.
  public static func encode(_ key: AnonymisationKey) -> String {
    let decisions = key.entries.map { entry in
      let text = MemoEscaping.escape(entry.text)
      return switch entry.decision {
      case .accept(let pseudonym):
        "accept\t\(MemoEscaping.escape(pseudonym))\t\(entry.kind.rawValue)\t\(text)"
      case .keep: "keep\t\(entry.kind.rawValue)\t\(text)"
      case .reject: "reject\t\(entry.kind.rawValue)\t\(text)"
      }
    }
    let applied = key.applied.map { record in
      [
        "applied", record.time.rawValue, MemoEscaping.escape(record.coder.rawValue),
        record.transcript.rawValue, "\(record.range.start)-\(record.range.end)",
        MemoEscaping.escape(record.pseudonym), record.kind.rawValue,
        MemoEscaping.escape(record.original),
      ].joined(separator: "\t")
    }
    return ([formatLine, warning] + decisions + applied).map { $0 + "\n" }.joined()
  }
}
