/// What the runtime must do after an action, besides running its effects.
///
/// Handlers return a reaction instead of drawing or quitting themselves (htop's `Htop_Reaction`,
/// gitui's `NeedsUpdate`); saving is an ``Effect``, and derived counts and reports are recomputed
/// by the reducer when it adopts a new project, so neither needs a flag. ``Runtime`` reads both
/// flags.
public struct Reaction: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The screen changed: render a new frame.
  public static let redraw = Reaction(rawValue: 1 << 0)
  /// Leave the workbench.
  public static let quit = Reaction(rawValue: 1 << 1)
}
