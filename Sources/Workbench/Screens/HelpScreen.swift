import TerminalKit

/// The `?` screen: every key binding by context, then the `:` commands, all generated from the
/// binding table.
enum HelpScreen {
  /// The number of lines the help has.
  static var lineCount: Int { HelpLine.all.count }

  /// The width of the keys column.
  static let keyColumn = 22

  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    buffer.putRow(
      "Help: keys and commands (Esc closes, j/k scroll)", in: area, row: 0,
      style: Styles.focusedTitle)
    let lines = HelpLine.all
    for row in 1..<max(1, area.height) {
      let index = state.helpScroll + row - 1
      guard lines.indices.contains(index) else { break }
      let y = area.y + row
      switch lines[index] {
      case .heading(let title):
        buffer.put(title, at: Point(x: area.x + 1, y: y), style: Styles.title)
      case .row(let keys, let summary):
        buffer.put(
          keys.fitted(to: keyColumn - 1), at: Point(x: area.x + 3, y: y), style: Styles.key)
        buffer.put(
          summary.fitted(to: area.width - keyColumn - 4), at: Point(x: area.x + 3 + keyColumn, y: y)
        )
      }
    }
  }
}
