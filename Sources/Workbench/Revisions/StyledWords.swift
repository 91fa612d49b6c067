import TerminalKit

/// Words with styles, wrapped to a width: how the revision screens lay out word diffs.
struct StyledWords {
  /// One word (or punctuation mark) and how it is drawn.
  struct Word {
    var text: String
    var style: Style
    var spaceBefore: Bool
  }

  /// The rows: each a list of words placed at columns.
  private(set) var rows: [[(column: Int, word: Word)]] = []

  /// Wraps `words` to `width` cells; words written without a space between them (a word and its
  /// punctuation) wrap together; a run wider than the width is cut.
  init(_ words: [Word], width: Int) {
    let width = max(1, width)
    var row: [(Int, Word)] = []
    var column = 0
    for chunk in Self.chunks(words) {
      let cells = chunk.reduce(0) { $0 + DisplayWidth.of($1.text) }
      let gap = row.isEmpty ? 0 : 1
      if !row.isEmpty && column + gap + cells > width {
        rows.append(row)
        row = []
        column = 0
      }
      column += row.isEmpty ? 0 : gap
      for word in chunk {
        row.append((column, word))
        column += DisplayWidth.of(word.text)
      }
    }
    if !row.isEmpty || rows.isEmpty { rows.append(row) }
  }

  /// Runs of words with no space between them.
  private static func chunks(_ words: [Word]) -> [[Word]] {
    var chunks: [[Word]] = []
    for word in words {
      if word.spaceBefore || chunks.isEmpty {
        chunks.append([word])
      } else {
        chunks[chunks.count - 1].append(word)
      }
    }
    return chunks
  }

  /// Plain text wrapped in one style.
  init(text: String, style: Style, width: Int) {
    let words = text.split(whereSeparator: \.isWhitespace).map {
      Word(text: String($0), style: style, spaceBefore: true)
    }
    self.init(words, width: width)
  }

  /// Adds another block's rows below these.
  mutating func append(_ other: StyledWords) {
    if rows.count == 1 && rows[0].isEmpty { rows = [] }
    rows += other.rows
  }

  /// Draws rows `from` onwards into `area`, one per line; returns the rows drawn.
  @discardableResult
  func draw(into buffer: inout ScreenBuffer, in area: Rect, from first: Int = 0) -> Int {
    var drawn = 0
    for (index, row) in rows.enumerated().dropFirst(first) {
      let y = area.y + index - first
      guard y < area.maxY else { break }
      for (column, word) in row {
        buffer.put(
          word.text, at: Point(x: area.x + column, y: y), style: word.style,
          maxWidth: area.width - column)
      }
      drawn += 1
    }
    return drawn
  }
}
