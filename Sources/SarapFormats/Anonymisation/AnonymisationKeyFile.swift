import SarapCore
import SarapEngine

/// The anonymisation key, `.sarap/anonymisation-key.txt` (`sarap-anonymisation-key 2`).
///
/// It holds the originals and must never be shared. Lines, tab-separated:
/// `accept PSEUDONYM KIND TEXT`, `keep KIND TEXT`, `reject KIND TEXT` (the decisions), each
/// with, in version 2, an optional last field `in TRANSCRIPT…` limiting it to those transcripts
/// (a split), and `applied TIME CODER TRANSCRIPT START-END PSEUDONYM KIND ORIGINAL` (each
/// replacement made, with the pseudonym's range in the anonymised text). Texts are escaped like
/// memos. A key with no limited decision is written as version 1, which older Sarap reads.
public enum AnonymisationKeyFile {
  /// The newest format version this Sarap reads and writes (it reads version 1 too).
  public static let version = 2

  /// The file's first line for a key: version 1 unless a decision is limited to transcripts.
  public static func formatLine(for key: AnonymisationKey) -> String {
    let needsTwo = key.entries.contains(where: \.isScoped) || !key.widened.isEmpty
    return "sarap-anonymisation-key \(needsTwo ? version : 1)"
  }

  /// The comment written under the format line.
  public static let warning =
    "# The anonymisation key: pseudonym -> original. Keep it safe; never commit or share it."

  /// Decodes a key.
  public static func decode(_ text: String, path: String) throws(ProjectFileError)
    -> AnonymisationKey
  {
    let source = try SourceText(text, path: path)
    let isVersion1 = source.lines.first == "sarap-anonymisation-key 1"
    if !isVersion1 { try source.checkFormatLine(kind: "anonymisation-key", version: version) }
    var key = AnonymisationKey()
    for (index, line) in source.lines.enumerated().dropFirst()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = TabFields(line, number: index + 1, in: source)
      switch fields.fields[0] {
      case "accept":
        let scope = try transcripts(fields, after: 4, isVersion1: isVersion1)
        try fields.expect(
          count: 4 + (scope.isEmpty ? 0 : 1), names: "accept, pseudonym, kind, text")
        key.decide(
          .init(
            text: try AnonymisationListFile.term(fields, 3),
            kind: try AnonymisationListFile.kind(fields, 2),
            decision: .accept(pseudonym: try AnonymisationListFile.term(fields, 1)),
            transcripts: scope))
      case "keep", "reject":
        let scope = try transcripts(fields, after: 3, isVersion1: isVersion1)
        try fields.expect(
          count: 3 + (scope.isEmpty ? 0 : 1), names: "\(fields.fields[0]), kind, text")
        key.decide(
          .init(
            text: try AnonymisationListFile.term(fields, 2),
            kind: try AnonymisationListFile.kind(fields, 1),
            decision: fields.fields[0] == "keep" ? .keep : .reject, transcripts: scope))
      case "applied":
        key.applied.append(try replacement(fields))
      case "widened" where !isVersion1:
        key.widened.append(try widened(fields))
      default:
        throw fields.error(
          0,
          "expected 'accept', 'keep', 'reject', 'applied'\(isVersion1 ? "" : " or 'widened'"), "
            + "found '\(fields.fields[0])'")
      }
    }
    return key
  }

  /// The transcripts of a decision's `in R03 R07` field at index `after`; none when the line
  /// has no such field (the field is version 2 only).
  private static func transcripts(_ fields: TabFields, after index: Int, isVersion1: Bool)
    throws(ProjectFileError) -> [Transcript.ID]
  {
    guard fields.fields.count == index + 1, !isVersion1 else { return [] }
    let words = fields.fields[index].split(separator: " ")
    guard words.first == "in", words.count > 1 else {
      throw fields.error(
        index, "expected 'in' and transcript ids (in R03 R07), found '\(fields.fields[index])'")
    }
    var ids: [Transcript.ID] = []
    for word in words.dropFirst() where !ids.contains(Transcript.ID(String(word))) {
      ids.append(Transcript.ID(String(word)))
    }
    return ids
  }

  private static func widened(_ fields: TabFields) throws(ProjectFileError)
    -> AnonymisationKey.WidenedCoding
  {
    try fields.expect(
      count: 9, names: "widened, time, reviewer, transcript, range, code, coder, range before, text"
    )
    return AnonymisationKey.WidenedCoding(
      time: try fields.time(1), reviewer: Coder.ID(try fields.text(2)),
      coding: Coding.Key(
        transcript: Transcript.ID(try fields.id(3, "a transcript id")), range: try range(fields, 4),
        code: Code.ID(try fields.id(5, "a code id")), coder: Coder.ID(try fields.text(6))),
      before: try range(fields, 7), text: try AnonymisationListFile.term(fields, 8))
  }

  private static func range(_ fields: TabFields, _ index: Int) throws(ProjectFileError)
    -> TextRange
  {
    let bounds = fields.fields[index].split(separator: "-")
    guard bounds.count == 2, let start = Offset.parse(bounds[0]), let end = Offset.parse(bounds[1]),
      start <= end
    else {
      throw fields.error(index, "expected a range like 120-135, found '\(fields.fields[index])'")
    }
    return TextRange(start: start, end: end)
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
      let scope =
        entry.isScoped ? "\tin " + entry.transcripts.map(\.rawValue).joined(separator: " ") : ""
      return switch entry.decision {
      case .accept(let pseudonym):
        "accept\t\(MemoEscaping.escape(pseudonym))\t\(entry.kind.rawValue)\t\(text)\(scope)"
      case .keep: "keep\t\(entry.kind.rawValue)\t\(text)\(scope)"
      case .reject: "reject\t\(entry.kind.rawValue)\t\(text)\(scope)"
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
    let widened = key.widened.map { record in
      [
        "widened", record.time.rawValue, MemoEscaping.escape(record.reviewer.rawValue),
        record.coding.transcript.rawValue,
        "\(record.coding.range.start)-\(record.coding.range.end)", record.coding.code.rawValue,
        MemoEscaping.escape(record.coding.coder.rawValue),
        "\(record.before.start)-\(record.before.end)", MemoEscaping.escape(record.text),
      ].joined(separator: "\t")
    }
    return ([formatLine(for: key), warning] + decisions + applied + widened).map { $0 + "\n" }
      .joined()
  }
}
