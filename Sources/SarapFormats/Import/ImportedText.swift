import Foundation

/// Turns the bytes of a text file brought into a project into transcript text.
///
/// UTF-8 is checked (a UTF-8 byte order mark is dropped); UTF-16 with a byte order mark is
/// converted; CRLF and lone CR become LF; the text is NFC-normalised, once, here at import (never
/// again after coding). NUL bytes, invalid UTF-8 and empty files are refused, naming the byte
/// offset of the problem.
public enum ImportedText {
  /// Decodes and normalises a file's bytes; `path` names the file in errors.
  public static func decode(_ bytes: [UInt8], path: String) throws(ProjectFileError) -> String {
    let raw: String
    if bytes.starts(with: [0xFF, 0xFE]) {
      raw = try utf16(Array(bytes.dropFirst(2)), bigEndian: false, path: path)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      raw = try utf16(Array(bytes.dropFirst(2)), bigEndian: true, path: path)
    } else {
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      raw = try utf8(body, offset: bytes.count - body.count, path: path)
    }
    return try normalise(raw, path: path)
  }

  /// Unifies line endings, NFC-normalises, and refuses NUL characters and empty text.
  public static func normalise(_ text: String, path: String) throws(ProjectFileError) -> String {
    var lf = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if scalar == "\n", previous == "\r" {
        previous = scalar
        continue
      }
      lf.append(scalar == "\r" ? "\n" : scalar)
      previous = scalar
    }
    let result = String(lf).precomposedStringWithCanonicalMapping
    guard result.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      throw ProjectFileError(path: path, line: 1, column: 1, message: "the file has no text")
    }
    return result
  }

  private static func utf8(_ bytes: [UInt8], offset: Int, path: String) throws(ProjectFileError)
    -> String
  {
    if let nul = bytes.firstIndex(of: 0) {
      throw problem(
        bytes, at: nul, offset: offset, path: path,
        "NUL byte at byte offset \(nul + offset) (is it UTF-16 without a byte order mark, or "
          + "not a text file?)")
    }
    return try ProjectText.decodeUTF8(bytes, path: path, firstOffset: offset)
  }

  private static func utf16(_ bytes: [UInt8], bigEndian: Bool, path: String)
    throws(ProjectFileError) -> String
  {
    guard bytes.count % 2 == 0 else {
      throw ProjectFileError(
        path: path, line: 1, column: 1,
        message: "UTF-16 text with an odd number of bytes (\(bytes.count + 2))")
    }
    let units = stride(from: 0, to: bytes.count, by: 2).map { index -> UInt16 in
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      return bigEndian ? first << 8 | second : second << 8 | first
    }
    var scalars = String.UnicodeScalarView()
    var iterator = units.makeIterator()
    var parser = Unicode.UTF16.ForwardParser()
    var offset = 2
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        let scalar = Unicode.UTF16.decode(encoded)
        if scalar == "\0" {
          throw ProjectFileError(
            path: path, line: 1, column: 1, message: "NUL character at byte offset \(offset)")
        }
        scalars.append(scalar)
        offset += encoded.count * 2
      case .error:
        throw ProjectFileError(
          path: path, line: 1, column: 1, message: "invalid UTF-16 at byte offset \(offset)")
      case .emptyInput:
        return String(scalars)
      }
    }
  }

  private static func problem(
    _ bytes: [UInt8], at index: Int, offset: Int, path: String, _ message: String
  ) -> ProjectFileError {
    let before = String(decoding: bytes[..<index], as: UTF8.self)
    var position = TextPosition()
    for scalar in before.unicodeScalars { position.advance(over: scalar) }
    return ProjectFileError(
      path: path, line: position.line, column: position.column, message: message)
  }
}
