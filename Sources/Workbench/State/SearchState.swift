import SarapCore

/// The last `/` search in the open transcript: its query and where it matched.
public struct SearchState: Hashable, Sendable {
  /// The text searched for.
  public var query: String
  /// The matches in the open transcript, in text order.
  public var matches: [TextRange]
  /// The match the cursor is on, as an index into ``matches``.
  public var current: Int?

  /// Creates a search state.
  public init(query: String = "", matches: [TextRange] = [], current: Int? = nil) {
    self.query = query
    self.matches = matches
    self.current = current
  }
}
