import SarapCore

/// The interview guide format, `sarap-guide 1`: `revision ID` blocks, oldest first, each followed
/// by its `question ID` blocks.
///
/// A question may say why it changed (`note`) and which questions of the previous revision it
/// replaces (`replaces`, ids separated by spaces). See docs/FORMATS.md.
public enum GuideFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  static let revisionKeys: Set<String> = ["date", "status", "note"]
  static let questionKeys: Set<String> = ["kk", "en", "note", "replaces"]

  /// Decodes a guide file.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> Guide {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "guide", version: version)
    var guide = Guide()
    var questionLines: [GuideQuestion.ID: Int] = [:]
    for block in try source.readBlocks(from: 1, kinds: ["revision", "question"]) {
      if block.kind == "revision" {
        if let first = guide.revisions.first(where: { $0.id.rawValue == block.id }) {
          throw source.error(
            line: block.line, column: 10, "duplicate revision id '\(first.id)'")
        }
        guide.revisions.append(try revision(block, in: source))
        questionLines = [:]
        continue
      }
      guard !guide.revisions.isEmpty else {
        throw source.error(line: block.line, "a question comes before any 'revision ID' block")
      }
      let question = try self.question(block, in: source)
      if let first = questionLines.updateValue(block.line, forKey: question.id) {
        throw source.error(
          line: block.line, column: 10,
          "duplicate question id '\(question.id)' in this revision (first on line \(first))")
      }
      guide.revisions[guide.revisions.count - 1].questions.append(question)
    }
    return guide
  }

  /// Encodes a guide in canonical form.
  public static func encode(_ guide: Guide) -> String {
    var writer = FieldWriter()
    writer.line("sarap-guide \(version)")
    for revision in guide.revisions {
      writer.line("")
      writer.line("revision \(revision.id)")
      writer.field("date", revision.date)
      writer.field("status", revision.status)
      writer.optionalField("note", revision.note)
      for question in revision.questions {
        writer.line("")
        writer.line("question \(question.id)")
        writer.field("kk", question.textKK)
        writer.field("en", question.textEN)
        writer.optionalField("note", question.note)
        writer.optionalField("replaces", question.replaces.map(\.rawValue).joined(separator: " "))
      }
    }
    return writer.text
  }

  private static func revision(_ block: Block, in source: SourceText) throws(ProjectFileError)
    -> GuideRevision
  {
    try source.checkKeys(block, allowed: revisionKeys)
    var revision = GuideRevision(id: GuideRevision.ID(block.id))
    for field in block.fields {
      switch field.key {
      case "date": revision.date = field.value
      case "status": revision.status = field.value
      default: revision.note = field.value
      }
    }
    return revision
  }

  private static func question(_ block: Block, in source: SourceText) throws(ProjectFileError)
    -> GuideQuestion
  {
    try source.checkKeys(block, allowed: questionKeys)
    var question = GuideQuestion(id: GuideQuestion.ID(block.id), textKK: "", textEN: "")
    for field in block.fields {
      switch field.key {
      case "kk": question.textKK = field.value
      case "en": question.textEN = field.value
      case "note": question.note = field.value
      default:
        let ids = field.value.split(separator: " ")
        guard !ids.isEmpty, !field.value.contains("\n") else {
          throw source.error(
            line: field.line, column: field.valueColumn,
            "expected question ids separated by single spaces")
        }
        question.replaces = ids.map { GuideQuestion.ID(String($0)) }
      }
    }
    return question
  }
}
