/// The escapes of a memo on a one-line record: `\\`, `\t`, `\n` (and `\r`, never written).
public enum MemoEscaping {
  /// Escapes backslashes, tabs and line breaks.
  public static func escape(_ text: String) -> String {
    // Most memos need no escape: keep the text instead of rebuilding it scalar by scalar.
    let needsEscape = text.utf8.contains {
      $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
        || $0 == UInt8(ascii: "\r")
    }
    guard needsEscape else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Undoes ``escape(_:)``; nil for an unknown escape or a trailing backslash.
  public static func unescape(_ text: Substring) -> String? {
    // Most memos have no escape: copy their bytes instead of appending scalar by scalar.
    guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
    var result = ""
    var escaping = false
    for scalar in text.unicodeScalars {
      if escaping {
        switch scalar {
        case "\\": result += "\\"
        case "t": result += "\t"
        case "n": result += "\n"
        case "r": result += "\r"
        default: return nil
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return escaping ? nil : result
  }
}
