import SarapCore

/// The `NAME: VALUE | SOURCE` form shared by transcript attributes and project facts.
///
/// A value of `unknown` is ``Attribute/Value/unknown``; the source is optional.
enum AttributeField {
  /// Reads an attribute from a field whose key is `<kind> NAME`.
  static func decode(_ field: Field, in source: SourceText) throws(ProjectFileError) -> Attribute {
    let name = field.subject
    guard !name.isEmpty, !name.contains(" ") else {
      throw source.error(
        line: field.line, "expected '\(field.kind) NAME: VALUE' with a name without spaces")
    }
    let parts = field.value.split(separator: " | ", maxSplits: 1, omittingEmptySubsequences: false)
    let text = String(parts[0])
    guard !text.isEmpty else {
      throw source.error(
        line: field.line, column: field.valueColumn,
        "missing value for '\(name)' (write 'unknown' when the sources do not say)")
    }
    let value: Attribute.Value = text == "unknown" ? .unknown : .known(text)
    return Attribute(name: name, value: value, source: parts.count == 2 ? String(parts[1]) : "")
  }

  /// Writes an attribute as a field of the given kind.
  static func encode(_ attribute: Attribute, kind: String, into writer: inout FieldWriter) {
    let value = attribute.value.description
    let text = attribute.source.isEmpty ? value : value + " | " + attribute.source
    writer.field("\(kind) \(attribute.name)", text)
  }
}
