/// A project file's text split into numbered lines, with helpers to report `path:line:col` errors.
struct SourceText {
  /// The file's path, used in errors.
  let path: String
  /// The lines without their `\n`, `lines[0]` being line 1.
  ///
  /// A final `\n` does not start a line.
  let lines: [Substring]

  /// Splits the text into lines after checking it with ``ProjectText/check(_:path:)``; with
  /// `stop`, splitting ends after the first line equal to it (the rest is not needed as lines).
  init(_ text: String, path: String, stop: Substring? = nil) throws(ProjectFileError) {
    try ProjectText.check(text, path: path)
    self.path = path
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    while start < utf8.endIndex {
      let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
      let line = text[start..<newline]
      lines.append(line)
      if line == stop || newline == utf8.endIndex { break }
      start = utf8.index(after: newline)
    }
    self.lines = lines
  }

  /// The error at a 1-based line and column.
  func error(line: Int, column: Int = 1, _ message: String) -> ProjectFileError {
    ProjectFileError(path: path, line: line, column: column, message: message)
  }

  /// The error at the end of the file (the line after the last one).
  func errorAtEnd(_ message: String) -> ProjectFileError {
    error(line: lines.count + 1, message)
  }

  /// Checks that line 1 is `sarap-<kind> <version>` with a version this Sarap reads.
  func checkFormatLine(kind: String, version: Int) throws(ProjectFileError) {
    let expected = "sarap-\(kind) \(version)"
    guard let first = lines.first, !first.isEmpty else {
      throw error(line: 1, "empty file; expected the format line '\(expected)'")
    }
    let words = first.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count == 2, words[0] == "sarap-\(kind)" else {
      throw error(line: 1, "expected the format line '\(expected)', found '\(first)'")
    }
    guard words[1] == "\(version)" else {
      throw error(
        line: 1, column: words[0].unicodeScalars.count + 2,
        "unsupported sarap-\(kind) format version '\(words[1])' (this Sarap reads version \(version))"
      )
    }
  }
}

extension Substring {
  /// The 1-based column just after `prefix` scalars of this line.
  func column(after prefix: Substring) -> Int { prefix.unicodeScalars.count + 1 }
}
