/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    /// The left button went down.
    case press
    /// The mouse moved with the left button down.
    case drag
    /// The left button came up.
    case release
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down (towards the user).
    case wheelDown
  }

  /// What the mouse did.
  public var kind: Kind
  /// The cell it happened at.
  public var position: Point

  /// Creates a mouse event.
  public init(_ kind: Kind, at position: Point) {
    self.kind = kind
    self.position = position
  }
}
