/// Escapes text for XML 1.0 so that a conforming parser reads back exactly the same characters.
public enum XMLEscaping {
  /// Escapes element content: `&`, `<`, `>` and carriage return (which a parser would otherwise
  /// turn into a line feed).
  public static func text(_ value: String) -> String { escape(value) { _ in nil } }

  /// Escapes a double-quoted attribute value: as ``text(_:)`` plus `"`, tab and line feed (which a
  /// parser would otherwise turn into spaces).
  public static func attribute(_ value: String) -> String {
    escape(value) { scalar in
      switch scalar {
      case "\"": "&quot;"
      case "\t": "&#9;"
      case "\n": "&#10;"
      default: nil
      }
    }
  }

  /// Whether XML 1.0 can carry the character (`Char` production of the XML 1.0 specification).
  public static func isRepresentable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func escape(_ value: String, extra: (Unicode.Scalar) -> String?) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      if let replacement = extra(scalar) ?? basic(scalar) {
        result += replacement
      } else {
        result.unicodeScalars.append(isRepresentable(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return result
  }

  private static func basic(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\r": "&#13;"
    default: nil
    }
  }

  /// Appends the escaped UTF-8 of `value` (as ``text(_:)`` or ``attribute(_:)`` would give it)
  /// to `bytes`, byte by byte: runs that need no escaping are copied whole.
  static func append(_ value: String, inAttribute: Bool, to bytes: inout [UInt8]) {
    var value = value
    value.withUTF8 { source in
      var copied = 0
      var index = 0
      while index < source.count {
        let byte = source[index]
        let replacement: String?
        var length = 1
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case 0x0D: replacement = "&#13;"
        case UInt8(ascii: "\""): replacement = inAttribute ? "&quot;" : nil
        case 0x09: replacement = inAttribute ? "&#9;" : nil
        case 0x0A: replacement = inAttribute ? "&#10;" : nil
        case 0x00..<0x20: replacement = "\u{FFFD}"
        case 0xEF:
          // U+FFFE and U+FFFF, EF BF BE and EF BF BF, are not XML characters.
          let isNonCharacter =
            index + 2 < source.count && source[index + 1] == 0xBF && source[index + 2] >= 0xBE
          replacement = isNonCharacter ? "\u{FFFD}" : nil
          length = isNonCharacter ? 3 : 1
        default: replacement = nil
        }
        if let replacement {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<index]))
          bytes.append(contentsOf: replacement.utf8)
          copied = index + length
        }
        index += length
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<source.count]))
    }
  }
}
