/// A block of a codebook or guide file: a head line `KIND ID` followed by fields, ended by a blank
/// line or the end of the file.
struct Block {
  /// The head line's first word, such as `code`.
  var kind: String
  /// The id after the kind.
  var id: String
  /// The 1-based line of the head.
  var line: Int
  /// The fields under the head.
  var fields: [Field]
}

extension SourceText {
  /// Reads blocks from line index `index` to the end; each head's kind must be in `kinds`.
  func readBlocks(from index: Int, kinds: [String]) throws(ProjectFileError) -> [Block] {
    var index = index
    var blocks: [Block] = []
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line.isEmpty || line.hasPrefix("#") { continue }
      var block = try head(line, number: index, kinds: kinds)
      block.fields = try readFields(from: &index) { $0.isEmpty }
      blocks.append(block)
    }
    return blocks
  }

  private func head(_ line: Substring, number: Int, kinds: [String]) throws(ProjectFileError)
    -> Block
  {
    let words = line.split(separator: " ", omittingEmptySubsequences: false)
    let expected = kinds.map { "'\($0) ID'" }.joined(separator: " or ")
    guard let kind = words.first, kinds.contains(String(kind)) else {
      throw error(line: number, "expected \(expected) to start a block")
    }
    guard words.count == 2, !words[1].isEmpty, !words[1].contains("\t") else {
      throw error(
        line: number, column: kind.unicodeScalars.count + 2,
        "expected \(expected): one id without spaces")
    }
    return Block(kind: String(kind), id: String(words[1]), line: number, fields: [])
  }

  /// Throws when a block holds a key outside `allowed` or repeats one.
  func checkKeys(_ block: Block, allowed: Set<String>) throws(ProjectFileError) {
    for field in block.fields where !allowed.contains(field.key) { throw unknownKey(field) }
    try checkUnique(block.fields, keys: allowed)
  }
}
