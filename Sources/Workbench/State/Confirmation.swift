import SarapCore

/// A yes/no question before something destructive.
public struct Confirmation: Hashable, Sendable {
  /// What yes does.
  public enum Consequence: Hashable, Sendable {
    /// Delete a code with its subtree and codings (undoable).
    case deleteCode(Code.ID)
    /// Merge a code into another: its codings move, its subcodes follow, its definition is
    /// appended to the target's (undoable).
    case mergeCode(Code.ID, into: Code.ID)
    /// Close the memo editor without saving.
    case discardText
  }

  /// The question shown.
  public var question: String
  /// What yes does.
  public var consequence: Consequence

  /// Creates a question.
  public init(_ question: String, consequence: Consequence) {
    self.question = question
    self.consequence = consequence
  }
}
