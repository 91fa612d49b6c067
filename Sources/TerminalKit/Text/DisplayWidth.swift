/// How many terminal cells text takes, measured the way ncurses and tmux measure it.
///
/// A scalar's width is exactly glibc's `wcwidth` in C.UTF-8. A `Character` or `String` is measured
/// as ``ScreenBuffer`` draws it, after display normalisation (see ``DisplayText``): the sum of its
/// scalars' widths, with joiners and variation selectors removed, a ◌ base under a leading mark,
/// and controls and tabs as one cell. Layout, wrapping, the buffer and the backend all use these
/// functions, so rows never drift.
public enum DisplayWidth {
  /// The `wcwidth` of `scalar`: 0 (combining, format), 1, 2 (wide), or -1 (not printable).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    WidthTable.width(of: scalar.value)
  }

  /// The cells `character` takes when drawn: ≥ 0 (0 only for a lone joiner or selector).
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      return DisplayText.singleScalarWidth(scalar)
    }
    return DisplayText.clusters(of: character).reduce(0) { $0 + $1.width }
  }

  /// The cells `text` takes when drawn on one row.
  public static func of(_ text: String) -> Int {
    var total = 0
    var plain = true
    for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
      plain = false
      break
    }
    if plain { return text.utf8.count }
    for character in text { total += of(character) }
    return total
  }

  /// The cells `text` takes when drawn on one row.
  public static func of(_ text: Substring) -> Int {
    of(String(text))
  }
}
