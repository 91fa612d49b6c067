import SarapCore

/// The `excerpt ID: line N | S..E [| repeats OTHER]` field of a transcript header.
enum ExcerptField {
  /// Reads an excerpt field.
  static func decode(_ field: Field, in source: SourceText) throws(ProjectFileError) -> Excerpt {
    let id = field.subject
    guard !id.isEmpty, !id.contains(" ") else {
      throw source.error(line: field.line, "expected 'excerpt ID: line N | START..END'")
    }
    let parts = field.value.split(separator: " | ", omittingEmptySubsequences: false)
    let malformed = source.error(
      line: field.line, column: field.valueColumn,
      "expected 'line N | START..END' with an optional '| repeats ID'")
    guard parts.count == 2 || parts.count == 3, parts[0].hasPrefix("line "),
      let sourceLine = Offset.parse(parts[0].dropFirst(5)), sourceLine > 0,
      let range = range(parts[1])
    else { throw malformed }
    var repeatOf: Excerpt.ID?
    if parts.count == 3 {
      guard parts[2].hasPrefix("repeats "), parts[2].count > 8 else { throw malformed }
      repeatOf = Excerpt.ID(String(parts[2].dropFirst(8)))
    }
    return Excerpt(id: Excerpt.ID(id), sourceLine: sourceLine, range: range, repeatOf: repeatOf)
  }

  /// Writes an excerpt field.
  static func encode(_ excerpt: Excerpt, into writer: inout FieldWriter) {
    var value = "line \(excerpt.sourceLine) | \(excerpt.range.start)..\(excerpt.range.end)"
    if let repeatOf = excerpt.repeatOf { value += " | repeats \(repeatOf)" }
    writer.field("excerpt \(excerpt.id)", value)
  }

  private static func range(_ text: Substring) -> TextRange? {
    let bounds = text.split(separator: "..", omittingEmptySubsequences: false)
    guard bounds.count == 2, let start = Offset.parse(bounds[0]), let end = Offset.parse(bounds[1]),
      start <= end
    else { return nil }
    return TextRange(start: start, end: end)
  }
}

/// Non-negative decimal offsets as written in project files: digits only, no sign.
enum Offset {
  /// Parses digits only; nil for anything else (including a sign or spaces) or beyond
  /// ``InputLimits/largestNumber``.
  static func parse(_ text: Substring) -> Int? { InputLimits.number(text) }
}
