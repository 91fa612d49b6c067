/// A colour the terminal can draw: its own default, or one of the 256 indexed colours.
///
/// Twenty-four-bit colours are not sent to the terminal: ``rgb(_:_:_:)`` picks the nearest of
/// the 256 (xterm palette), which every 256-colour `TERM` draws the same way.
public enum TerminalColor: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case `default`
  /// One of the 256 indexed colours: 0–15 the system colours, 16–231 a 6×6×6 cube, 232–255 greys.
  case indexed(UInt8)

  /// The indexed colour nearest to a 24-bit colour in the xterm 256-colour palette (16–255).
  public static func rgb(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> TerminalColor {
    .indexed(XtermPalette.nearestIndex(red: Int(red), green: Int(green), blue: Int(blue)))
  }

  /// System colour 0.
  public static let black = TerminalColor.indexed(0)
  /// System colour 1.
  public static let red = TerminalColor.indexed(1)
  /// System colour 2.
  public static let green = TerminalColor.indexed(2)
  /// System colour 3.
  public static let yellow = TerminalColor.indexed(3)
  /// System colour 4.
  public static let blue = TerminalColor.indexed(4)
}
