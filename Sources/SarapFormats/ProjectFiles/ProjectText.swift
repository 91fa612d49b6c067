/// Turns a project file's bytes into text, refusing what Sarap never writes.
///
/// Project files are UTF-8 without a byte order mark, with LF line endings and no NUL bytes. Each
/// refusal names the line and column of the first offending byte.
public enum ProjectText {
  /// Decodes the bytes of a project file as strict UTF-8 and checks them with ``check(_:path:)``.
  public static func decode(_ bytes: some Collection<UInt8>, path: String)
    throws(ProjectFileError) -> String
  {
    let text = try decodeUTF8(bytes, path: path)
    try check(text, path: path)
    return text
  }

  /// Decodes strict UTF-8; an error names the line, column and byte offset of the first invalid
  /// byte (the offset counted from `firstOffset`, for bytes that follow a stripped prefix).
  public static func decodeUTF8(
    _ bytes: some Collection<UInt8>, path: String, firstOffset: Int = 0
  ) throws(ProjectFileError) -> String {
    try decodeUTF8(Array(bytes), path: path, firstOffset: firstOffset)
  }

  private static func decodeUTF8(_ bytes: [UInt8], path: String, firstOffset: Int)
    throws(ProjectFileError) -> String
  {
    // The standard library's validating decoder: decoding with repairs and comparing the result
    // with the bytes, as before, was a sixth of a load.
    if let decoded = String(validating: bytes, as: UTF8.self) { return decoded }
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var scalars = String.UnicodeScalarView()
    var position = TextPosition()
    var offset = firstOffset
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        let scalar = Unicode.UTF8.decode(encoded)
        scalars.append(scalar)
        offset += encoded.count
        position.advance(over: scalar)
      case .error:
        throw ProjectFileError(
          path: path, line: position.line, column: position.column,
          message: "invalid UTF-8 at byte offset \(offset)")
      case .emptyInput:
        return String(scalars)
      }
    }
  }

  /// Checks text for a byte order mark, carriage returns and NUL characters.
  public static func check(_ text: String, path: String) throws(ProjectFileError) {
    let suspicious = hasSuspiciousByte(text) || text.hasPrefix("\u{FEFF}")
    guard suspicious else { return }
    var position = TextPosition()
    for scalar in text.unicodeScalars {
      if let problem = problem(with: scalar, atStart: position.isAtStart) {
        throw ProjectFileError(
          path: path, line: position.line, column: position.column, message: problem)
      }
      position.advance(over: scalar)
    }
  }

  /// Whether the text holds a carriage return or a NUL, eight bytes at a time.
  private static func hasSuspiciousByte(_ text: String) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
      hasSuspiciousByte(UnsafeRawBufferPointer(bytes))
    }
    return found ?? text.utf8.contains { $0 == 0x0D || $0 == 0x00 }
  }

  /// A word has a zero byte when subtracting 1 from each byte borrows into its top bit (the
  /// classic bit trick); a carriage return is a zero byte after XOR with 0x0D in every byte.
  private static func hasSuspiciousByte(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
    var index = 0
    while index + 8 <= bytes.count {
      let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      if hasZeroByte(word) || hasZeroByte(word ^ (ones &* 0x0D)) { return true }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] == 0x0D || bytes[index] == 0x00 { return true }
      index += 1
    }
    return false
  }

  private static func problem(with scalar: Unicode.Scalar, atStart: Bool) -> String? {
    switch scalar {
    case "\u{FEFF}" where atStart:
      "byte order mark at the start of the file (Sarap files are UTF-8 without a BOM)"
    case "\r": "carriage return (Sarap files use LF line endings, not CRLF)"
    case "\0": "NUL character (not allowed in a text file)"
    default: nil
    }
  }
}

/// A 1-based line and column, advanced scalar by scalar.
struct TextPosition {
  var line = 1
  var column = 1

  var isAtStart: Bool { line == 1 && column == 1 }

  mutating func advance(over scalar: Unicode.Scalar) {
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }
}
