/// How a cell is drawn: colours and attributes.
///
/// Without colour (`NO_COLOR`, or a terminal without colours) the backend keeps only `bold`,
/// `underline`, `reverse` and `dim`, so a screen that must stay legible there should not rely on
/// colour alone (a selection is `reverse`, not a background colour).
public struct Style: Hashable, Sendable {
  /// The text colour.
  public var foreground: TerminalColor
  /// The cell colour.
  public var background: TerminalColor
  /// Bold (often also brighter).
  public var bold: Bool
  /// Dim (faint).
  public var dim: Bool
  /// Underlined.
  public var underline: Bool
  /// Foreground and background swapped.
  public var reverse: Bool

  /// Creates a style; every part defaults to the terminal's plain text.
  public init(
    foreground: TerminalColor = .default, background: TerminalColor = .default,
    bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// The terminal's plain text.
  public static let plain = Style()
  /// Reverse video: how selections and the focused row are drawn.
  public static let reversed = Style(reverse: true)
  /// Bold text.
  public static let bolded = Style(bold: true)
  /// Dim text.
  public static let dimmed = Style(dim: true)
  /// Underlined text.
  public static let underlined = Style(underline: true)

  /// This style with another foreground.
  public func foreground(_ colour: TerminalColor) -> Style {
    var copy = self
    copy.foreground = colour
    return copy
  }

  /// This style with another background.
  public func background(_ colour: TerminalColor) -> Style {
    var copy = self
    copy.background = colour
    return copy
  }

  /// This style with bold, dim, underline and reverse added where `other` sets them, and
  /// `other`'s colours where they are not the default.
  public func merging(_ other: Style) -> Style {
    Style(
      foreground: other.foreground == .default ? foreground : other.foreground,
      background: other.background == .default ? background : other.background,
      bold: bold || other.bold, dim: dim || other.dim,
      underline: underline || other.underline, reverse: reverse || other.reverse)
  }
}
