import TerminalKit

extension ScreenBuffer {
  /// Fills a row of `rect` with `style` and draws `text` at its left, clipped.
  mutating func putRow(_ text: String, in rect: Rect, row: Int, style: Style = .plain) {
    let line = rect.row(row)
    guard !line.isEmpty else { return }
    fill(line, style: style)
    put(text, at: line.origin, style: style, maxWidth: line.width)
  }

  /// Draws a dialog frame with a title and clears its inside; returns the inside.
  @discardableResult
  mutating func drawFrame(_ rect: Rect, title: String) -> Rect {
    fill(rect)
    guard rect.width >= 4, rect.height >= 3 else { return rect }
    let horizontal = String(repeating: "─", count: rect.width - 2)
    put("┌" + horizontal + "┐", at: rect.origin, style: Styles.frame)
    put("└" + horizontal + "┘", at: Point(x: rect.x, y: rect.maxY - 1), style: Styles.frame)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      put("│", at: Point(x: rect.x, y: y), style: Styles.frame)
      put("│", at: Point(x: rect.maxX - 1, y: y), style: Styles.frame)
    }
    put(
      " \(title) ", at: Point(x: rect.x + 2, y: rect.y), style: Styles.frame,
      maxWidth: rect.width - 4)
    return rect.inset(top: 1, left: 2, bottom: 1, right: 2)
  }

  /// A rectangle of `size` centred in `area`, shrunk to fit.
  static func centred(_ size: Size, in area: Rect) -> Rect {
    let width = min(size.width, area.width)
    let height = min(size.height, area.height)
    return Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 3,
      width: width, height: height)
  }
}
