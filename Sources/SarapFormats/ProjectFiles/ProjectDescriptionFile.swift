import SarapCore

/// The project description format, `sarap-project 1`.
///
/// A title, study-level facts with their sources, and a free description. See docs/FORMATS.md.
public enum ProjectDescriptionFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// Decodes a project description file.
  public static func decode(_ text: String, path: String) throws(ProjectFileError)
    -> ProjectDescription
  {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "project", version: version)
    var index = 1
    let fields = try source.readFields(from: &index) { _ in false }
    try source.checkUnique(fields, keys: ["title", "description"])
    var description = ProjectDescription()
    for field in fields {
      switch field.key {
      case "title": description.title = field.value
      case "description": description.text = field.value
      default:
        guard field.kind == "fact" else { throw source.unknownKey(field) }
        description.facts.append(try AttributeField.decode(field, in: source))
      }
    }
    return description
  }

  /// Encodes a project description in canonical form.
  public static func encode(_ description: ProjectDescription) -> String {
    var writer = FieldWriter()
    writer.line("sarap-project \(version)")
    writer.optionalField("title", description.title)
    for fact in description.facts { AttributeField.encode(fact, kind: "fact", into: &writer) }
    writer.optionalField("description", description.text)
    return writer.text
  }
}
