/// Where a document stopped being well-formed and why, in Sarap's words rather than the parser's
/// error number.
///
/// libxml2 (behind Foundation's `XMLParser`) reports an error number and the position where it
/// noticed the problem; the position is only right while the error is being reported (after
/// parsing it has moved on to the end of the input), so the reader keeps it from that moment.
struct XMLParseFailure {
  /// The libxml2 error number (`xmlParserErrors`).
  var code: Int
  /// The 1-based line where the parser noticed the problem.
  var line: Int
  /// The 1-based column where the parser noticed the problem.
  var column: Int

  /// An element still open when parsing stopped: its name and the line of its start tag.
  struct OpenElement {
    var name: String
    var line: Int
  }

  /// The error for `path`, given the document's bytes, the element open innermost when parsing
  /// stopped (if any) and whether the root element had already been closed.
  func error(in bytes: [UInt8], path: String, open: OpenElement?, rootClosed: Bool)
    -> ProjectFileError
  {
    var line = line
    var column = column
    let message: String
    switch code {
    case 76:
      let endTag = endTagBefore(in: bytes)
      if let endTag { (line, column) = (endTag.line, endTag.column) }
      let found = endTag.map { "</\($0.name)>" } ?? "an end tag"
      let expected = open.map { " <\($0.name)> (opened on line \($0.line))" }
      message = "\(found) does not close the open element\(expected ?? "")"
    case 5 where rootClosed: message = "content after the end of the root element"
    case 5:
      (line, column) = XMLPrecheck.position(of: bytes.count, in: bytes)
      let element = open.map { " before <\($0.name)> (opened on line \($0.line)) is closed" }
      message = "the document ends\(element ?? " inside a tag, comment or CDATA section")"
    default: message = Self.messages[code] ?? "the XML is not well-formed (libxml2 error \(code))"
    }
    return ProjectFileError(
      path: path, line: max(line, 1), column: max(column, 1), message: "malformed XML: \(message)")
  }

  /// What the common libxml2 error numbers mean, in the words `sarap` uses.
  static let messages: [Int: String] = [
    4: "the document holds no element",
    9: "a character XML does not allow, or a malformed character reference (&#…;)",
    23: "an entity reference without its closing ';'",
    26: "an unknown entity reference (XML knows &amp; &lt; &gt; &quot; &apos; and &#…; only)",
    38: "'<' inside an attribute value (write &lt;)",
    39: "an attribute value without quotes",
    40: "an attribute value whose closing quote is missing",
    41: "an attribute without a value (write name=\"value\")",
    42: "the same attribute twice in one tag",
    65: "a space is missing between attributes",
    68: "a '<' or '&' that starts no tag or reference (write &lt; or &amp; in text)",
    73: "a tag that is not closed by '>'",
    77: "an end tag that is not finished",
  ]

  /// The last `</name` that starts before the reported position on its line: where a mismatched
  /// end tag is (libxml2 reports the position after it).
  private func endTagBefore(in bytes: [UInt8]) -> (name: String, line: Int, column: Int)? {
    var lineStart = 0
    var currentLine = 1
    var index = 0
    while currentLine < line, index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") {
        currentLine += 1
        lineStart = index + 1
      }
      index += 1
    }
    var end = lineStart
    var scalars = 1
    while end < bytes.count, scalars < column, bytes[end] != UInt8(ascii: "\n") {
      end += 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      scalars += 1
    }
    let slash = UInt8(ascii: "/")
    guard
      let start = bytes[lineStart..<end].indices.last(where: {
        bytes[$0] == UInt8(ascii: "<") && $0 + 1 < end && bytes[$0 + 1] == slash
      })
    else { return nil }
    let nameBytes = bytes[(start + 2)..<end].prefix { $0 != UInt8(ascii: ">") && $0 > 0x20 }
    let column = bytes[lineStart..<start].filter { $0 & 0xC0 != 0x80 }.count + 1
    return (String(decoding: nameBytes, as: UTF8.self), line, column)
  }
}
