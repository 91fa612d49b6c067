import CNcursesw
import TerminalKit

/// Turns ``Style``s into ncurses attributes and colour pairs, allocating a pair the first time a
/// (foreground, background) combination is drawn.
struct ColourPalette {
  /// Whether colours are drawn at all (off under `NO_COLOR` or without terminal colours).
  let enabled: Bool
  /// The pair number of each combination allocated so far.
  private var pairs: [PairKey: Int16] = [:]
  /// The highest pair number ncurses accepts here.
  private let maximumPair: Int
  /// The number of colours the terminal has.
  private let colourCount: Int

  private struct PairKey: Hashable {
    var foreground: Int16
    var background: Int16
  }

  init(enabled: Bool) {
    self.enabled = enabled
    self.maximumPair = min(Int(sarap_color_pairs()) - 1, Int(Int16.max))
    self.colourCount = Int(sarap_colors())
  }

  /// The attributes and pair for `style`; pair 0 (the terminal's colours) when colours are off
  /// or the pairs ran out.
  mutating func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
    var attributes = sarap_A_NORMAL()
    if style.bold { attributes |= sarap_A_BOLD() }
    if style.dim { attributes |= sarap_A_DIM() }
    if style.underline { attributes |= sarap_A_UNDERLINE() }
    if style.reverse { attributes |= sarap_A_REVERSE() }
    guard enabled else { return (attributes, 0) }
    let key = PairKey(
      foreground: colourNumber(style.foreground), background: colourNumber(style.background))
    if key == PairKey(foreground: -1, background: -1) { return (attributes, 0) }
    if let pair = pairs[key] { return (attributes, pair) }
    guard pairs.count < maximumPair else { return (attributes, 0) }
    let pair = Int16(pairs.count + 1)
    guard init_pair(pair, key.foreground, key.background) != ERR else { return (attributes, 0) }
    pairs[key] = pair
    return (attributes, pair)
  }

  /// The ncurses colour number: -1 for the terminal's default or a colour it does not have.
  private func colourNumber(_ colour: TerminalColor) -> Int16 {
    switch colour {
    case .default: -1
    case .indexed(let index): Int(index) < colourCount ? Int16(index) : -1
    }
  }
}
