/// How many terminal columns text takes, for aligning report tables.
///
/// A small wcwidth: combining marks, joiners, variation selectors and control characters take
/// none; East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms, most emoji) take
/// two; everything else, Latin and Cyrillic (Kazakh included) among it, takes one. (TerminalKit
/// has the terminal's full table; SarapFormats may not import it.)
enum ColumnWidth {
  /// The display width of a text.
  static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The display width of one scalar.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 || isCommonNarrow(value) { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    return isWide(value) ? 2 : 1
  }

  /// Cyrillic letters and the dashes, quotes and ellipsis of general punctuation: one column
  /// each, told without looking up a general category (a report of a whole corpus measures
  /// every one of its cells' scalars).
  private static func isCommonNarrow(_ value: UInt32) -> Bool {
    (0x400...0x482).contains(value) || (0x48A...0x52F).contains(value)
      || (0x2010...0x2027).contains(value)
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    wideRanges.contains { $0.contains(value) }
  }

  /// The text cut to at most `width` columns, ending in `…` when cut.
  static func truncate(_ text: String, to width: Int) -> String {
    guard of(text) > width, width > 0 else { return text }
    var result = ""
    var used = 0
    for character in text {
      let needed = of(String(character))
      if used + needed > width - 1 { break }
      result.append(character)
      used += needed
    }
    return result + "…"
  }
}
