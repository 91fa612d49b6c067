import CNcursesw
import Glibc

extension CursesTerminal {
  /// Starts ncurses in the order the notes measured (locale and signal handlers come first):
  /// raw keys, no echo, keypad, non-blocking reads, 25 ms escape delay, mouse, colours, no cursor.
  ///
  /// `term` names the terminal type (`nil`: the process's `TERM`). Uses `newterm` rather than
  /// `initscr`, which exits the process on an unknown terminal instead of failing.
  static func startCurses(term: String?, input: Int32, output: Int32) -> Bool {
    guard let outputFile = fdopen(dup(output), "w"), let inputFile = fdopen(dup(input), "r")
    else { return false }
    guard newterm(term, outputFile, inputFile) != nil else {
      fclose(outputFile)
      fclose(inputFile)
      return false
    }
    cursesIsActive = true
    let screen = sarap_stdscr()
    _ = raw()
    _ = noecho()
    _ = nonl()
    _ = keypad(screen, true)
    _ = nodelay(screen, true)
    _ = set_escdelay(25)
    _ = mouseinterval(0)
    _ = mousemask(
      sarap_BUTTON1_PRESSED() | sarap_BUTTON1_RELEASED() | sarap_BUTTON4_PRESSED()
        | sarap_BUTTON5_PRESSED() | sarap_REPORT_MOUSE_POSITION(), nil)
    if has_colors() {
      _ = start_color()
      _ = use_default_colors()
    }
    _ = curs_set(0)
    _ = clear()
    return true
  }
}
