import TerminalKit

extension String {
  /// The string cut to at most `width` cells, ending in `…` when cut.
  func fitted(to width: Int) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(self) > width else { return self }
    var result = ""
    var used = 0
    for character in self {
      let cells = DisplayWidth.of(character)
      if used + cells > width - 1 { break }
      result.append(character)
      used += cells
    }
    return result + "…"
  }

  /// The string cut or padded with spaces to exactly `width` cells.
  func padded(to width: Int) -> String {
    let fitted = fitted(to: width)
    return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
  }

  /// The string right-aligned in `width` cells.
  func rightAligned(in width: Int) -> String {
    let fitted = fitted(to: width)
    return String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
  }

  /// The string on one row: line breaks and tabs as spaces.
  var singleLine: String {
    String(map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
  }
}
