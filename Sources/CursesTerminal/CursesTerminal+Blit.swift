import CNcursesw
import TerminalKit

extension CursesTerminal {
  /// Writes one run with `mvaddnwstr`.
  ///
  /// The buffer already display-normalised the text, so no control, tab or newline reaches
  /// ncurses. The `ERR` for the bottom-right cell is expected (the cell is drawn anyway) and
  /// ignored.
  func blit(_ run: StyledRun) {
    let (attributes, pair) = palette.attributes(for: run.style)
    _ = attr_set(attributes, pair, nil)
    let wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    _ = mvaddnwstr(Int32(run.row), Int32(run.column), wide, Int32(wide.count))
  }
}
