import SarapCore

/// The research journal format, `sarap-journal 1`: one `entry TIME` block per entry, oldest
/// first.
///
/// ```
/// sarap-journal 1
///
/// entry 2026-11-20T14:03:00Z
/// coder: ana
/// text: Split russia into russia.media and russia.policy.
///
///   The media answers are about channels, not policy.
/// ```
///
/// The text is a field like any other: a line break continues it on a line starting with two
/// spaces, an empty line of text is a line of exactly two spaces, tabs are kept. See
/// docs/FORMATS.md.
public enum JournalFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// The file's first line.
  public static var formatLine: String { "sarap-journal \(version)" }

  static let keys: Set<String> = ["coder", "edited", "text"]

  /// Decodes a journal file.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> Journal {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "journal", version: version)
    var entries: [JournalEntry] = []
    for block in try source.readBlocks(from: 1, kinds: ["entry"]) {
      entries.append(try entry(block, in: source))
    }
    return Journal(entries)
  }

  /// Encodes a journal in canonical form: entries oldest first, `coder`, `edited` (if edited)
  /// and `text` in that order.
  public static func encode(_ journal: Journal) -> String {
    var writer = FieldWriter()
    writer.line(formatLine)
    for entry in journal.entries {
      writer.line("")
      writer.line("entry \(entry.time)")
      writer.field("coder", entry.coder.rawValue)
      writer.optionalField("edited", entry.edited?.rawValue ?? "")
      writer.field("text", entry.text)
    }
    return writer.text
  }

  private static func entry(_ block: Block, in source: SourceText) throws(ProjectFileError)
    -> JournalEntry
  {
    try source.checkKeys(block, allowed: keys)
    let time = try self.time(Substring(block.id), line: block.line, column: 7, in: source)
    var fields: [String: Field] = [:]
    for field in block.fields { fields[field.key] = field }
    guard let coder = fields["coder"], let text = fields["text"] else {
      let missing = fields["coder"] == nil ? "coder" : "text"
      throw source.error(line: block.line, "entry \(block.id) has no '\(missing):' line")
    }
    if let problem = Coder.nameProblem(coder.value) {
      throw source.error(line: coder.line, column: coder.valueColumn, problem)
    }
    if let problem = JournalEntry.textProblem(text.value) {
      throw source.error(line: text.line, column: text.valueColumn, problem)
    }
    let edited = try fields["edited"].map { field throws(ProjectFileError) in
      try self.time(Substring(field.value), line: field.line, column: field.valueColumn, in: source)
    }
    return JournalEntry(
      time: time, coder: Coder.ID(coder.value), text: text.value, edited: edited)
  }

  private static func time(_ text: Substring, line: Int, column: Int, in source: SourceText)
    throws(ProjectFileError) -> Timestamp
  {
    guard TimestampSyntax.isWellFormed(text) else {
      throw source.error(
        line: line, column: column,
        "expected a UTC time like 2026-11-26T17:05:00Z, found '\(text)'")
    }
    if let problem = TimestampSyntax.rangeProblem(text) {
      throw source.error(line: line, column: column, "impossible UTC time '\(text)': \(problem)")
    }
    return Timestamp(String(text))
  }
}
