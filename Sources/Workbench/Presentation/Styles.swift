import SarapCore
import TerminalKit

/// The workbench's styles in one place, so screens and the snapshot legend agree.
///
/// Nothing depends on colour alone: the selection is reversed, the cursor reversed and
/// underlined, and without colour (`NO_COLOR`) coded text is underlined instead of tinted.
public enum Styles {
  /// A pane's title row when the pane has the focus.
  public static let focusedTitle = Style(bold: true, reverse: true)
  /// A pane's title row otherwise.
  public static let title = Style(bold: true, underline: true)
  /// The selected row of the focused list.
  public static let selectedRow = Style.reversed
  /// The selected row of a list without focus.
  public static let inactiveRow = Style(bold: true)
  /// Quiet text: counts, ids, details.
  public static let quiet = Style.dimmed
  /// Speaker labels and question ids in the reader.
  public static let label = Style(bold: true)
  /// The selection in the reader.
  public static let selection = Style.reversed
  /// The cursor in the reader.
  public static let cursor = Style(underline: true, reverse: true)
  /// The status line.
  public static let status = Style(reverse: true)
  /// An error on the status line.
  public static let error = Style(foreground: .red, bold: true, reverse: true)
  /// A key name in the hint line and help.
  public static let key = Style(bold: true)
  /// A search match in the reader.
  public static let match = Style(bold: true, underline: true)
  /// A dialog's frame and title.
  public static let frame = Style(bold: true)

  /// How coded text of a code is drawn: tinted with the code's colour, or underlined without
  /// colour.
  public static func coded(_ colour: Colour, colourEnabled: Bool) -> Style {
    guard colourEnabled else { return Style(underline: true) }
    return Style(foreground: .black, background: terminalColour(colour))
  }

  /// A colour swatch or gutter stripe for a code: a cell tinted with the code's colour (drawn as
  /// a space, so no ambiguous-width glyph is needed).
  public static func swatch(_ colour: Colour) -> Style {
    Style(background: terminalColour(colour))
  }

  /// A code's name drawn in its colour (bold without colour).
  public static func named(_ colour: Colour, colourEnabled: Bool) -> Style {
    colourEnabled ? Style(foreground: terminalColour(colour)) : Style(bold: true)
  }

  /// The nearest terminal colour to a code's colour.
  public static func terminalColour(_ colour: Colour) -> TerminalColor {
    .rgb(colour.red, colour.green, colour.blue)
  }
}
