import SarapCore
import TerminalKit

/// The codebook tree: themes and their codes, indented, each with its colour and its count.
enum CodebookPane {
  static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let focused = state.focus == .codebook && !state.mode.isFullScreen
    let codebook = state.project.codebook
    let title = "Codebook (\(codebook.codes.count))"
    buffer.putRow(title, in: rect, row: 0, style: focused ? Styles.focusedTitle : Styles.title)
    let rows = state.codebookRows
    let definition = focused && rect.height >= 8 ? state.selectedCode?.definition ?? "" : ""
    let listHeight = definition.isEmpty ? rect.height : rect.height - definitionRows - 1
    let list = state.codebookList
    let offset = max(list.offset, list.selected - (listHeight - 2))
    for row in 1..<max(1, listHeight) {
      let index = offset + row - 1
      guard rows.indices.contains(index), let code = codebook[rows[index]] else { break }
      let selected = index == list.selected
      let style: Style = selected ? (focused ? Styles.selectedRow : Styles.inactiveRow) : .plain
      draw(code, state: state, in: rect.row(row), style: style, into: &buffer)
    }
    if !definition.isEmpty {
      buffer.fill(rect.row(listHeight), with: "─", style: Styles.quiet)
      let area = Rect(
        x: rect.x + 1, y: rect.y + listHeight + 1, width: rect.width - 2, height: definitionRows)
      drawDefinition(definition, in: area, into: &buffer)
    }
  }

  /// Rows under the tree for the selected code's definition, while the codebook has the focus.
  static let definitionRows = 2

  /// The definition wrapped to the rows it has, the last one ending in `…` when it goes on.
  private static func drawDefinition(
    _ definition: String, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    let words = StyledWords(text: definition.singleLine, style: Styles.quiet, width: area.width)
    _ = words.draw(into: &buffer, in: area, from: 0)
    if words.rows.count > area.height, area.width > 0 {
      buffer.put("…", at: Point(x: area.maxX - 1, y: area.maxY - 1), style: Styles.quiet)
    }
  }

  /// `   Ресей          12`: indent, colour swatch, name (bold for a theme), count.
  private static func draw(
    _ code: Code, state: AppState, in line: Rect, style: Style, into buffer: inout ScreenBuffer
  ) {
    buffer.fill(line, style: style)
    let indent = 1 + 2 * state.project.codebook.depth(of: code.id)
    let count = String(state.analysis.count(of: code))
    if state.colourEnabled {
      buffer.put(" ", at: Point(x: line.x + indent, y: line.y), style: Styles.swatch(code.colour))
    }
    let nameWidth = line.width - indent - 4 - count.count
    let nameStyle = code.isTheme ? style.merging(Styles.label) : style
    buffer.put(
      state.name(of: code.id).singleLine.fitted(to: nameWidth),
      at: Point(x: line.x + indent + 2, y: line.y), style: nameStyle)
    buffer.put(
      count, at: Point(x: line.maxX - count.count - 1, y: line.y),
      style: style == .plain ? Styles.quiet : style)
  }
}
