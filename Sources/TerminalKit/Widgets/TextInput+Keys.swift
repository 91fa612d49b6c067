extension TextInput {
  /// Applies an editing key; returns whether it was one (Enter, Esc and Tab are not).
  ///
  /// Printable characters insert; Backspace, Delete, Left, Right, Home, End; Ctrl-A / Ctrl-E
  /// (start, end), Ctrl-B / Ctrl-F (left, right), Ctrl-W (delete word), Ctrl-U (delete to
  /// start), Ctrl-K (delete to end).
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character): insert(String(character))
    case .backspace, .control("h"): deleteBackward()
    case .delete, .control("d"): deleteForward()
    case .left, .control("b"): moveCursor(to: cursor - 1)
    case .right, .control("f"): moveCursor(to: cursor + 1)
    case .home, .control("a"): moveCursor(to: 0)
    case .end, .control("e"): moveCursor(to: characters.count)
    case .control("w"): deleteWordBackward()
    case .control("u"): deleteToStart()
    case .control("k"): deleteToEnd()
    default: return false
    }
    return true
  }

  /// Draws the text on the first row of `area`, scrolled so the cursor is visible, with the
  /// cell under the cursor in `cursorStyle`.
  public func render(
    into buffer: inout ScreenBuffer, area: Rect, style: Style = .plain,
    cursorStyle: Style = .reversed
  ) {
    guard area.width > 0, area.height > 0 else { return }
    let row = area.row(0)
    buffer.fill(row, style: style)
    let widths = characters.map { max(1, DisplayWidth.of($0)) }
    var first = 0
    var cursorColumn = widths[..<cursor].reduce(0, +)
    while cursorColumn >= area.width && first < cursor {
      cursorColumn -= widths[first]
      first += 1
    }
    let visible = String(characters[first...])
    buffer.put(visible, at: row.origin, style: style, maxWidth: area.width)
    let cursorWidth = cursor < characters.count ? widths[cursor] : 1
    buffer.setStyle(
      style.merging(cursorStyle),
      in: Rect(x: area.x + cursorColumn, y: area.y, width: cursorWidth, height: 1))
  }
}
