/// The code of one Swift file with its comments and string literals blanked out.
///
/// Every blanked character becomes a space and every newline stays, so offsets and line numbers
/// match the original. The rule checkers read only ``code``, so a comment that mentions
/// `import CNcursesw` or a message that says `FileManager` is not taken for code. String
/// interpolations are blanked with their string: code inside `\(…)` is not checked.
struct SwiftSourceText {
  /// The file's text with comments and string literal contents replaced by spaces.
  let code: [Character]

  /// Blanks the comments and string literals of `text`.
  init(_ text: String) {
    var scanner = Scanner(Array(text))
    code = scanner.blanked()
  }

  /// The 1-based line of the character at `offset`.
  func line(at offset: Int) -> Int {
    code[..<offset].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  }

  /// The identifier-like words of the code, with their offsets, in order.
  var words: [(word: String, offset: Int)] {
    var result: [(String, Int)] = []
    var index = 0
    while index < code.count {
      guard code[index].isIdentifierStart else {
        index += 1
        continue
      }
      let start = index
      while index < code.count, code[index].isIdentifierContinuation { index += 1 }
      result.append((String(code[start..<index]), start))
    }
    return result
  }

  /// The first character at or after `offset` that is not whitespace, with its offset.
  func nextSignificant(from offset: Int) -> (Character, Int)? {
    var index = offset
    while index < code.count, code[index].isWhitespace { index += 1 }
    return index < code.count ? (code[index], index) : nil
  }

  /// The last character before `offset` that is not whitespace.
  func previousSignificant(before offset: Int) -> Character? {
    var index = offset - 1
    while index >= 0, code[index].isWhitespace { index -= 1 }
    return index >= 0 ? code[index] : nil
  }
}

extension SwiftSourceText {
  /// Walks a file once, copying code and blanking comments and literals.
  private struct Scanner {
    let text: [Character]
    var index = 0
    var output: [Character] = []

    init(_ text: [Character]) { self.text = text }

    mutating func blanked() -> [Character] {
      while index < text.count {
        if starts(with: "//") {
          blank(until: { $0 == "\n" })
        } else if starts(with: "/*") {
          blankBlockComment()
        } else if let hashes = stringOpening() {
          blankString(hashes: hashes)
        } else {
          output.append(text[index])
          index += 1
        }
      }
      return output
    }

    func starts(with prefix: String) -> Bool {
      let characters = Array(prefix)
      guard index + characters.count <= text.count else { return false }
      return Array(text[index..<index + characters.count]) == characters
    }

    /// The number of `#` before a `"` that opens a string here, or `nil` when none opens.
    func stringOpening() -> Int? {
      var cursor = index
      while cursor < text.count, text[cursor] == "#" { cursor += 1 }
      guard cursor < text.count, text[cursor] == "\"" else { return nil }
      if cursor > index, index > 0, text[index - 1].isIdentifierContinuation { return nil }
      return cursor - index
    }

    mutating func blankCharacter() {
      output.append(text[index] == "\n" ? "\n" : " ")
      index += 1
    }

    mutating func blank(until stop: (Character) -> Bool) {
      while index < text.count, !stop(text[index]) { blankCharacter() }
    }

    mutating func blankBlockComment() {
      var depth = 0
      repeat {
        if starts(with: "/*") {
          depth += 1
          blankCharacter()
        } else if starts(with: "*/") {
          depth -= 1
          blankCharacter()
        }
        if index < text.count { blankCharacter() }
      } while depth > 0 && index < text.count
    }

    mutating func blankString(hashes: Int) {
      for _ in 0..<hashes { blankCharacter() }
      let quotes = starts(with: "\"\"\"") ? 3 : 1
      for _ in 0..<quotes { blankCharacter() }
      let closing = String(repeating: "\"", count: quotes) + String(repeating: "#", count: hashes)
      while index < text.count, !starts(with: closing) {
        if hashes == 0, text[index] == "\\" { blankCharacter() }
        if index < text.count { blankCharacter() }
      }
      for _ in 0..<closing.count where index < text.count { blankCharacter() }
    }
  }
}

extension Character {
  /// Whether an identifier may start with this character.
  var isIdentifierStart: Bool { isLetter || self == "_" }
  /// Whether an identifier may continue with this character.
  var isIdentifierContinuation: Bool { isLetter || isNumber || self == "_" }
}
