import SarapCore

/// The transcript file format, `sarap-transcript 1`: a header of fields, a `---` line, the body.
///
/// The body is everything after the `---` line's `\n`, byte for byte; codings count Unicode
/// scalars into it. See docs/FORMATS.md.
public enum TranscriptFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  static let singleKeys: Set<String> = ["id", "title", "guide-revision", "interviewer", "memo"]

  /// Decodes a transcript file, naming `path` in errors.
  ///
  /// When `path` ends in `.txt`, the id must equal the file name without it.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> Transcript {
    let source = try SourceText(text, path: path, stop: "---")
    try source.checkFormatLine(kind: "transcript", version: version)
    var index = 1
    let fields = try source.readFields(from: &index) { $0 == "---" }
    guard index < source.lines.count else {
      throw source.errorAtEnd("the header does not end: expected a line '---' before the body")
    }
    var transcript = try header(fields, in: source, separatorLine: index + 1)
    transcript.body = TranscriptText(String(body(of: text, after: source.lines[index])))
    try checkExcerpts(transcript, fields: fields, in: source)
    return transcript
  }

  /// Encodes a transcript in canonical form.
  public static func encode(_ transcript: Transcript) -> String {
    var writer = FieldWriter()
    writer.line("sarap-transcript \(version)")
    writer.field("id", transcript.id.rawValue)
    writer.optionalField("title", transcript.title)
    writer.optionalField("guide-revision", transcript.guideRevision?.rawValue ?? "")
    writer.field("interviewer", transcript.interviewer)
    for attribute in transcript.attributes {
      AttributeField.encode(attribute, kind: "attribute", into: &writer)
    }
    for excerpt in transcript.excerpts { ExcerptField.encode(excerpt, into: &writer) }
    writer.optionalField("memo", transcript.memo)
    writer.line("---")
    return writer.text + transcript.body.string
  }

  /// The text after the separator line and its `\n`, sliced on UTF-8 indices: copying the bytes
  /// instead of rebuilding the body scalar by scalar.
  private static func body(of text: String, after separator: Substring) -> Substring {
    let utf8 = text.utf8
    let end = separator.endIndex
    let start = end == utf8.endIndex ? end : utf8.index(after: end)
    return text[start...]
  }

  private static func header(_ fields: [Field], in source: SourceText, separatorLine: Int)
    throws(ProjectFileError) -> Transcript
  {
    try source.checkUnique(fields, keys: singleKeys)
    guard let idField = fields.first(where: { $0.key == "id" }) else {
      throw source.error(line: separatorLine, "missing 'id: …' in the header")
    }
    var transcript = Transcript(id: try id(idField, in: source), body: "")
    for field in fields where field.key != "id" {
      try read(field, into: &transcript, in: source)
    }
    return transcript
  }

  private static func read(_ field: Field, into transcript: inout Transcript, in source: SourceText)
    throws(ProjectFileError)
  {
    switch field.key {
    case "title": transcript.title = field.value
    case "guide-revision": transcript.guideRevision = GuideRevision.ID(field.value)
    case "interviewer": transcript.interviewer = field.value
    case "memo": transcript.memo = field.value
    default:
      switch field.kind {
      case "attribute":
        transcript.attributes.append(try AttributeField.decode(field, in: source))
      case "excerpt": transcript.excerpts.append(try ExcerptField.decode(field, in: source))
      default: throw source.unknownKey(field)
      }
    }
  }

  private static func id(_ field: Field, in source: SourceText) throws(ProjectFileError)
    -> Transcript.ID
  {
    let id = Transcript.ID(field.value)
    guard id.isWellFormed else {
      throw source.error(
        line: field.line, column: field.valueColumn, "a transcript id must be non-empty, no spaces")
    }
    let name = source.path.split(separator: "/").last ?? ""
    if name.hasSuffix(".txt"), name.dropLast(4) != field.value {
      throw source.error(
        line: field.line, column: field.valueColumn,
        "id '\(field.value)' does not match the file name '\(name)'")
    }
    return id
  }

  private static func checkExcerpts(
    _ transcript: Transcript, fields: [Field], in source: SourceText
  ) throws(ProjectFileError) {
    let excerptFields = fields.filter { $0.kind == "excerpt" }
    var seen: Set<Excerpt.ID> = []
    for (excerpt, field) in zip(transcript.excerpts, excerptFields) {
      guard seen.insert(excerpt.id).inserted else {
        throw source.error(line: field.line, "duplicate excerpt id '\(excerpt.id)'")
      }
      guard transcript.body.contains(excerpt.range) else {
        throw source.error(
          line: field.line, column: field.valueColumn,
          "excerpt range \(excerpt.range.start)..\(excerpt.range.end) lies outside the body "
            + "(\(transcript.body.scalarCount) characters)")
      }
    }
  }
}
