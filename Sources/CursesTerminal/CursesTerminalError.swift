/// Why the terminal could not be taken over; the screen is untouched when this is thrown.
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible {
  /// The locale's character set is not UTF-8 (e.g. `LC_ALL=C`): Kazakh text would be blanks.
  case localeNotUTF8(codeset: String)
  /// ncurses could not set up the terminal (unknown `TERM`, no terminal).
  case terminalUnavailable(term: String)
  /// A pipe for signals or wake-ups could not be made.
  case pipeUnavailable

  public var description: String {
    switch self {
    case .localeNotUTF8(let codeset):
      "the terminal's character set is \(codeset), not UTF-8, so Kazakh text cannot be shown. "
        + "Use a UTF-8 locale, for example: export LANG=C.UTF-8 (and unset LC_ALL), then try again."
    case .terminalUnavailable(let term):
      "cannot use the terminal (TERM=\(term.isEmpty ? "unset" : term)). "
        + "Run sarap in an interactive terminal with a known TERM, e.g. xterm-256color."
    case .pipeUnavailable:
      "cannot create the pipes the event loop needs (too many open files?)."
    }
  }
}
