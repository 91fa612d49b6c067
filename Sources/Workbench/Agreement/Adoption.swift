/// What the consensus coder takes from a disagreement.
public enum Adoption: String, Hashable, Sendable, CaseIterable {
  /// Coder A's codings there.
  case a
  /// Coder B's codings there.
  case b
  /// Both coders' codings there.
  case both
  /// Nothing: the consensus leaves the place uncoded with the code.
  case neither
}
