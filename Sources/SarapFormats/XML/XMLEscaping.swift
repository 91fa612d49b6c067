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
}
