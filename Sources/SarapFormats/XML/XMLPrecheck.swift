/// The checks an untrusted XML document must pass before a parser sees it.
enum XMLPrecheck {
  /// Throws when the document is not UTF-8, declares another encoding, or contains a document type
  /// or entity declaration.
  static func check(_ bytes: [UInt8], path: String) throws(ProjectFileError) {
    try checkNotUTF16(bytes, path: path)
    if let offset = firstInvalidUTF8(in: bytes) {
      let (line, column) = position(of: offset, in: bytes)
      throw ProjectFileError(
        path: path, line: line, column: column,
        message: "invalid UTF-8 at byte offset \(offset); REFI-QDA documents are UTF-8")
    }
    if let (offset, what) = bytes.withUnsafeBufferPointer(forbiddenDeclaration) {
      let (line, column) = position(of: offset, in: bytes)
      throw ProjectFileError(
        path: path, line: line, column: column,
        message: "the XML contains \(what); documents with a DTD or entity declarations are "
          + "refused (they can read local files or expand without bound)")
    }
    try checkDeclaredEncoding(bytes, path: path)
  }

  /// What of ``check(_:path:)`` a reader that validates UTF-8 and sees declarations itself
  /// still needs (``XMLDirectScan``): UTF-16 and another declared encoding refused.
  static func checkEncoding(_ bytes: [UInt8], path: String) throws(ProjectFileError) {
    try checkNotUTF16(bytes, path: path)
    try checkDeclaredEncoding(bytes, path: path)
  }

  /// Whether text holds `<!DOCTYPE` or `<!ENTITY` (ASCII case-insensitive): what ``check(_:path:)``
  /// refuses anywhere, comments and CDATA sections included.
  static func containsForbiddenMarker(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    forbiddenDeclaration(in: text) != nil
  }

  private static func checkNotUTF16(_ bytes: [UInt8], path: String) throws(ProjectFileError) {
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
      || bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00])
    {
      throw ProjectFileError(
        path: path, line: 1, column: 1,
        message: "the XML is UTF-16; REFI-QDA documents are UTF-8")
    }
  }

  private static let markers: [(bytes: [UInt8], what: String)] = [
    (Array("<!DOCTYPE".utf8), "a document type declaration (<!DOCTYPE)"),
    (Array("<!ENTITY".utf8), "an entity declaration (<!ENTITY)"),
  ]

  /// The first offset of `<!DOCTYPE` or `<!ENTITY` (ASCII case-insensitive), with what it is.
  private static func forbiddenDeclaration(in bytes: UnsafeBufferPointer<UInt8>) -> (Int, String)? {
    guard bytes.count >= 8 else { return nil }
    for offset in 0..<bytes.count where bytes[offset] == UInt8(ascii: "<") {
      for marker in markers where matches(marker.bytes, in: bytes, at: offset) {
        return (offset, marker.what)
      }
    }
    return nil
  }

  private static func matches(
    _ marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> Bool {
    guard offset + marker.count <= bytes.count else { return false }
    for (index, expected) in marker.enumerated() {
      let byte = bytes[offset + index]
      let folded = (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
      guard folded == expected else { return false }
    }
    return true
  }

  /// Refuses an XML declaration naming an encoding other than UTF-8 (or its ASCII subset).
  private static func checkDeclaredEncoding(_ bytes: [UInt8], path: String)
    throws(ProjectFileError)
  {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard bytes[start...].starts(with: Array("<?xml".utf8)),
      let end = bytes[start...].firstIndex(of: UInt8(ascii: ">"))
    else { return }
    let declaration = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    guard let range = declaration.range(of: "encoding") else { return }
    let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" }
    let name = rest.dropFirst().prefix { $0 != "\"" && $0 != "'" }
    guard !["utf-8", "utf8", "us-ascii", "ascii"].contains(String(name)) else { return }
    throw ProjectFileError(
      path: path, line: 1, column: 1,
      message: "the XML declares encoding '\(name)'; REFI-QDA documents are UTF-8")
  }

  /// The byte offset of the first invalid UTF-8 sequence, nil when the bytes are valid UTF-8.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalid)
  }

  /// The 1-based line and column (in scalars) of a byte offset.
  static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
