import SarapCore

/// One tab-separated record line of a revisions file, with the column each field starts at.
struct TabFields {
  let fields: [Substring]
  let columns: [Int]
  let number: Int
  let source: SourceText

  init(_ line: Substring, number: Int, in source: SourceText) {
    fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    var columns: [Int] = []
    var column = 1
    for field in fields {
      columns.append(column)
      column += field.unicodeScalars.count + 1
    }
    self.columns = columns
    self.number = number
    self.source = source
  }

  /// The error at the start of a field (or after the last one).
  func error(_ field: Int, _ message: String) -> ProjectFileError {
    source.error(line: number, column: columns[min(field, columns.count - 1)], message)
  }

  /// Checks the number of fields.
  func expect(count: Int, names: String) throws(ProjectFileError) {
    guard fields.count == count else {
      throw error(
        min(fields.count, count),
        "expected \(count) tab-separated fields (\(names)), found \(fields.count)")
    }
  }

  /// A UTC time field.
  func time(_ field: Int) throws(ProjectFileError) -> Timestamp {
    guard TimestampSyntax.isWellFormed(fields[field]) else {
      throw error(field, "expected a UTC time like 2026-11-26T17:05:00Z, found '\(fields[field])'")
    }
    if let problem = TimestampSyntax.rangeProblem(fields[field]) {
      throw error(field, "impossible UTC time '\(fields[field])': \(problem)")
    }
    return Timestamp(String(fields[field]))
  }

  /// A non-negative offset field.
  func offset(_ field: Int) throws(ProjectFileError) -> Int {
    guard let value = Offset.parse(fields[field]) else {
      throw error(field, "expected an offset, found '\(fields[field])'")
    }
    return value
  }

  /// A field of escaped free text (`\\`, `\t`, `\n`).
  func text(_ field: Int) throws(ProjectFileError) -> String {
    guard let value = MemoEscaping.unescape(fields[field]) else {
      throw error(field, "free text may only use the escapes \\\\, \\t and \\n")
    }
    return value
  }

  /// A non-empty field without whitespace (an id).
  func id(_ field: Int, _ what: String) throws(ProjectFileError) -> String {
    let value = String(fields[field])
    guard !value.isEmpty, !value.unicodeScalars.contains(where: { $0.properties.isWhitespace })
    else { throw error(field, "expected \(what)") }
    return value
  }
}
