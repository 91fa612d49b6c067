extension ScreenBuffer {
  /// Draws `text` on one row from `point`, display-normalised, clipped to the buffer and to
  /// `maxWidth` columns.
  ///
  /// A cluster that would cross the clip edge is not drawn; the cells it would have taken up to
  /// the edge are blanked in `style` instead (ncurses would wrap it onto the next row).
  ///
  /// - Parameters:
  ///   - text: One line of text; controls and tabs are drawn as U+FFFD and a space.
  ///   - point: Where the first cluster goes; may lie left of the buffer (those cells are skipped).
  ///   - style: The style of every cell written.
  ///   - maxWidth: The most columns to use from `point.x`; `nil` for up to the right margin.
  /// - Returns: The columns used from `point.x`: where the next text would start is
  ///   `point.x + result`.
  @discardableResult
  public mutating func put(
    _ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil
  ) -> Int {
    guard (0..<size.height).contains(point.y) else { return 0 }
    let limit = min(size.width, maxWidth.map { point.x + max(0, $0) } ?? size.width)
    var x = point.x
    var clusters: [DisplayText.Cluster] = []
    for character in text {
      guard x < limit else { break }
      clusters.removeAll(keepingCapacity: true)
      DisplayText.appendClusters(of: character, to: &clusters)
      for cluster in clusters {
        guard x < limit else { break }
        if x + cluster.width > limit {
          blank(columns: max(0, x)..<limit, row: point.y, style: style)
          x = limit
        } else if x < 0 {
          if x + cluster.width > 0 {
            blank(columns: 0..<(x + cluster.width), row: point.y, style: style)
          }
          x += cluster.width
        } else {
          write(cluster, x: x, y: point.y, style: style)
          x += cluster.width
        }
      }
    }
    return max(0, x - point.x)
  }

  /// Blanks `rect` (clipped to the buffer) in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    for y in rect.intersection(area).rows {
      blank(columns: max(rect.x, 0)..<min(rect.maxX, size.width), row: y, style: style)
    }
  }

  /// Fills `rect` (clipped) with `character` repeated, in `style`; a wide character leaves a blank
  /// where it does not fit.
  public mutating func fill(_ rect: Rect, with character: Character, style: Style = .plain) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    let width = max(1, DisplayWidth.of(character))
    let line = String(repeating: String(character), count: clipped.width / width + 1)
    for y in clipped.rows {
      put(line, at: Point(x: clipped.x, y: y), style: style, maxWidth: clipped.width)
    }
  }

  /// Gives every cell in `rect` (clipped) `style`, keeping the text; a wide cluster partly inside
  /// takes the style whole.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for y in clipped.rows {
      var start = y * size.width + clipped.x
      while start > y * size.width && cells[start].isContinuation { start -= 1 }
      var end = y * size.width + clipped.maxX
      while end < (y + 1) * size.width && cells[end].isContinuation { end += 1 }
      for index in start..<end { cells[index].style = style }
    }
  }

  /// Writes `cluster` with its continuation cells at (`x`, `y`); it must fit.
  mutating func write(_ cluster: DisplayText.Cluster, x: Int, y: Int, style: Style) {
    releaseClusters(overlapping: x..<(x + cluster.width), row: y)
    let index = y * size.width + x
    cells[index] = Cell(text: cluster.text, style: style, width: cluster.width)
    for offset in 1..<max(1, cluster.width) { cells[index + offset] = .continuation(style) }
  }

  /// Blanks `columns` of row `y` in `style`.
  mutating func blank(columns: Range<Int>, row y: Int, style: Style) {
    guard !columns.isEmpty else { return }
    releaseClusters(overlapping: columns, row: y)
    let base = y * size.width
    for x in columns { cells[base + x] = .blank(style) }
  }

  /// Blanks (keeping their style) the parts outside `columns` of wide clusters that `columns`
  /// cuts, so no continuation cell is left without its lead and no lead without its continuation.
  mutating func releaseClusters(overlapping columns: Range<Int>, row y: Int) {
    let base = y * size.width
    var left = base + columns.lowerBound
    while left > base && cells[left].isContinuation {
      left -= 1
      cells[left] = .blank(cells[left].style)
    }
    var right = base + columns.upperBound
    while right < base + size.width && cells[right].isContinuation {
      cells[right] = .blank(cells[right].style)
      right += 1
    }
  }
}
