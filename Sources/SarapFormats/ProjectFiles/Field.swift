/// One `key: value` entry of a header or block, its continuation lines joined with `\n`.
struct Field {
  /// The key, everything before the first `:` (`title`, `attribute studied-in`).
  var key: String
  /// The value, continuation lines included.
  var value: String
  /// The 1-based line the key is on.
  var line: Int
  /// The 1-based column the value starts at.
  var valueColumn: Int

  /// The key's first word (`attribute` for `attribute studied-in`).
  var kind: Substring { key.split(separator: " ", maxSplits: 1).first ?? "" }

  /// The rest of the key after its first word (`studied-in` for `attribute studied-in`).
  var subject: String {
    let parts = key.split(separator: " ", maxSplits: 1)
    return parts.count == 2 ? String(parts[1]) : ""
  }
}

extension SourceText {
  /// Reads `key: value` fields from line index `index` until `isEnd` accepts a line or the file
  /// ends; blank and comment (`#`) lines are skipped, continuation lines (two spaces) appended.
  func readFields(from index: inout Int, until isEnd: (Substring) -> Bool)
    throws(ProjectFileError) -> [Field]
  {
    var fields: [Field] = []
    while index < lines.count, !isEnd(lines[index]) {
      let line = lines[index]
      let number = index + 1
      index += 1
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("  ") {
        guard !fields.isEmpty else {
          throw error(line: number, "continuation line with no 'key: value' line before it")
        }
        fields[fields.count - 1].value += "\n" + line.dropFirst(2)
        continue
      }
      fields.append(try field(line, number: number))
    }
    return fields
  }

  private func field(_ line: Substring, number: Int) throws(ProjectFileError) -> Field {
    if line.first == " " || line.first == "\t" {
      throw error(line: number, "a continuation line starts with exactly two spaces")
    }
    guard let colon = line.firstIndex(of: ":") else {
      throw error(line: number, "expected 'key: value'")
    }
    let key = line[..<colon]
    guard !key.isEmpty, !key.hasSuffix(" ") else {
      throw error(line: number, "expected 'key: value'")
    }
    var valueStart = line.index(after: colon)
    if valueStart < line.endIndex, line[valueStart] == " " {
      valueStart = line.index(after: valueStart)
    }
    return Field(
      key: String(key), value: String(line[valueStart...]), line: number,
      valueColumn: line[..<valueStart].unicodeScalars.count + 1)
  }

  /// The error for a key the format does not know.
  func unknownKey(_ field: Field) -> ProjectFileError {
    error(line: field.line, "unknown key '\(field.key)'")
  }

  /// Throws when a key that may appear once appears again.
  func checkUnique(_ fields: [Field], keys: Set<String>) throws(ProjectFileError) {
    var seen: [String: Int] = [:]
    for field in fields where keys.contains(field.key) {
      if let first = seen[field.key] {
        throw error(line: field.line, "duplicate key '\(field.key)' (first on line \(first))")
      }
      seen[field.key] = field.line
    }
  }
}

/// Builds the canonical text of a project file line by line.
struct FieldWriter {
  /// The text so far; every line ends in `\n`.
  private(set) var text = ""

  /// Appends a line.
  mutating func line(_ line: String) { text += line + "\n" }

  /// Appends `key: value`, continuing a multi-line value on lines starting with two spaces.
  mutating func field(_ key: String, _ value: String) {
    let parts = value.split(separator: "\n", omittingEmptySubsequences: false)
    let first = parts.first ?? ""
    line(first.isEmpty ? key + ":" : key + ": " + first)
    for part in parts.dropFirst() { line("  " + part) }
  }

  /// Appends `key: value` unless the value is empty.
  mutating func optionalField(_ key: String, _ value: String) {
    if !value.isEmpty { field(key, value) }
  }
}
