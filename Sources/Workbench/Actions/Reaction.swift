/// What the runtime must do after an action, besides running its effects.
///
/// Handlers return a reaction instead of drawing or saving themselves (htop's `Htop_Reaction`,
/// gitui's `NeedsUpdate`).
public struct Reaction: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The screen changed: render a new frame.
  public static let redraw = Reaction(rawValue: 1 << 0)
  /// The project changed: derived views (counts, reports) must be recomputed.
  public static let recomputeAnalysis = Reaction(rawValue: 1 << 1)
  /// An edit must reach the disk (an ``Effect/apply(_:summary:)`` effect is attached); the screen
  /// says it is done only when the save succeeded.
  public static let persist = Reaction(rawValue: 1 << 2)
  /// Leave the workbench.
  public static let quit = Reaction(rawValue: 1 << 3)
}
