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
    // Line ends found on the contiguous bytes: String.UTF8View's firstIndex was a sixteenth of a
    // load.
    let utf8 = text.utf8
    let stopBytes = stop.map { Array($0.utf8) }
    let ends =
      utf8.withContiguousStorageIfAvailable { Self.lineEnds(in: $0, stop: stopBytes) }
      ?? Array(utf8).withUnsafeBufferPointer { Self.lineEnds(in: $0, stop: stopBytes) }
    lines.reserveCapacity(ends.count)
    var start = utf8.startIndex
    var startOffset = 0
    for endOffset in ends {
      let end = utf8.index(start, offsetBy: endOffset - startOffset)
      lines.append(text[start..<end])
      if end < utf8.endIndex { start = utf8.index(after: end) }
      startOffset = endOffset + 1
    }
    self.lines = lines
  }

  /// The byte offset at which each line ends: its `\n`, or the end of the text.
  ///
  /// With `stop`, the last line is the first equal to it. A final `\n` does not start a line.
  private static func lineEnds(in bytes: UnsafeBufferPointer<UInt8>, stop: [UInt8]?) -> [Int] {
    var ends: [Int] = []
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
      ends.append(end)
      if let stop, end - start == stop.count,
        stop.indices.allSatisfy({ bytes[start + $0] == stop[$0] })
      {
        break
      }
      start = end + 1
    }
    return ends
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
