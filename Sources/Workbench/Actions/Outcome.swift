/// What handling one action produced: a reaction for the runtime and effects to run, in order.
public struct Outcome: Hashable, Sendable {
  /// What the runtime must do.
  public var reaction: Reaction
  /// The work to do through the environment.
  public var effects: [Effect]

  /// Creates an outcome.
  public init(_ reaction: Reaction = [], effects: [Effect] = []) {
    self.reaction = reaction
    self.effects = effects
  }

  /// Nothing to do.
  public static let none = Outcome()
  /// Draw a new frame.
  public static let redraw = Outcome(.redraw)

  /// Save an edit (or undo, redo), then draw; the screen says it is saved only when the store's
  /// answer comes back.
  public static func persist(_ effect: Effect) -> Outcome {
    Outcome(.redraw, effects: [effect])
  }
}
