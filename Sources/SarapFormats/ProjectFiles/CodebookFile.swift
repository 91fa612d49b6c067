import SarapCore

/// The codebook file format, `sarap-codebook 1`: one `code ID` block per code, in display order.
///
/// A code without `parent` is a theme. Ids are unique, parents exist and the hierarchy has no
/// cycle; a file breaking any of these is refused with the offending line. See docs/FORMATS.md.
public enum CodebookFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  static let keys: Set<String> = ["parent", "kk", "en", "colour", "definition", "memo"]

  /// Decodes a codebook file.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> Codebook {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "codebook", version: version)
    let blocks = try source.readBlocks(from: 1, kinds: ["code"])
    var codes: [Code] = []
    var lines: [Code.ID: Int] = [:]
    for block in blocks {
      let code = try self.code(block, in: source)
      if let first = lines.updateValue(block.line, forKey: code.id) {
        throw source.error(
          line: block.line, column: 6, "duplicate code id '\(code.id)' (first on line \(first))")
      }
      codes.append(code)
    }
    let codebook = Codebook(codes)
    try checkHierarchy(codebook, blocks: blocks, in: source)
    return codebook
  }

  /// Encodes a codebook in canonical form.
  public static func encode(_ codebook: Codebook) -> String {
    var writer = FieldWriter()
    writer.line("sarap-codebook \(version)")
    for code in codebook.codes {
      writer.line("")
      writer.line("code \(code.id)")
      writer.optionalField("parent", code.parent?.rawValue ?? "")
      writer.field("kk", code.nameKK)
      writer.field("en", code.nameEN)
      writer.field("colour", code.colour.hex)
      writer.optionalField("definition", code.definition)
      writer.optionalField("memo", code.memo)
    }
    return writer.text
  }

  private static func code(_ block: Block, in source: SourceText) throws(ProjectFileError) -> Code {
    try source.checkKeys(block, allowed: keys)
    var code = Code(id: Code.ID(block.id), nameKK: "", nameEN: "")
    for field in block.fields {
      switch field.key {
      case "parent": code.parent = Code.ID(field.value)
      case "kk": code.nameKK = field.value
      case "en": code.nameEN = field.value
      case "colour":
        guard let colour = Colour(hex: field.value) else {
          throw source.error(
            line: field.line, column: field.valueColumn,
            "expected a colour '#RRGGBB', found '\(field.value)'")
        }
        code.colour = colour
      case "definition": code.definition = field.value
      default: code.memo = field.value
      }
    }
    return code
  }

  private static func checkHierarchy(_ codebook: Codebook, blocks: [Block], in source: SourceText)
    throws(ProjectFileError)
  {
    let onCycles = codebook.codesOnCycles
    for block in blocks {
      guard let field = block.fields.first(where: { $0.key == "parent" }) else { continue }
      let parent = Code.ID(field.value)
      if !codebook.contains(parent) {
        throw source.error(
          line: field.line, column: field.valueColumn, "parent '\(parent)' is not a code")
      }
      if parent.rawValue == block.id || onCycles.contains(Code.ID(block.id)) {
        throw source.error(
          line: field.line, column: field.valueColumn,
          "parent '\(parent)' makes a cycle: '\(block.id)' would be its own ancestor")
      }
    }
  }
}
