extension ScreenBuffer {
  /// The text of each row, trailing spaces trimmed, wide clusters once: exactly what
  /// `tmux capture-pane -p` prints for the same screen.
  public func plainLines() -> [String] {
    (0..<size.height).map { y in
      var line = ""
      for cell in row(y) where !cell.isContinuation { line += cell.text }
      while line.unicodeScalars.last == " " { line.unicodeScalars.removeLast() }
      return line
    }
  }

  /// A per-cell letter mask of the styles, one string per row, one letter per cell: the letter
  /// `legend` gives the cell's style, `.` for an unnamed plain cell and `?` for any other.
  ///
  /// ```swift
  /// #expect(buffer.styleLines(legend: ["r": .reversed]) == ["rrrr......"])
  /// ```
  public func styleLines(legend: [Character: Style]) -> [String] {
    var letters: [Style: Character] = [:]
    for (letter, style) in legend { letters[style] = letter }
    return (0..<size.height).map { y in
      String(row(y).map { letters[$0.style] ?? ($0.style == .plain ? "." : "?") })
    }
  }
}

extension ScreenBuffer: CustomStringConvertible {
  /// The rows quoted, so trailing spaces show, one per line.
  public var description: String {
    (0..<size.height).map { y in
      "\"" + row(y).filter { !$0.isContinuation }.map(\.text).joined() + "\""
    }.joined(separator: "\n")
  }
}
