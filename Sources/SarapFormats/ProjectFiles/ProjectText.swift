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
    let decoded = String(decoding: bytes, as: UTF8.self)
    // Compare contiguous buffers: the String.UTF8View comparison was a twentieth of a load.
    let unchanged = decoded.utf8.withContiguousStorageIfAvailable { decodedBytes in
      bytes.withUnsafeBufferPointer { decodedBytes.elementsEqual($0) }
    }
    if unchanged ?? decoded.utf8.elementsEqual(bytes) { return decoded }
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
    let isSuspicious = { (byte: UInt8) in byte == 0x0D || byte == 0x00 }
    let hasSuspiciousByte =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSuspicious) }
      ?? text.utf8.contains(where: isSuspicious)
    let suspicious = hasSuspiciousByte || text.hasPrefix("\u{FEFF}")
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
