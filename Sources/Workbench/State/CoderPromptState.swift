import TerminalKit

/// The coder-name prompt: asked once, before the first edit of a researcher Sarap cannot name,
/// or on `:coder` with no name.
public struct CoderPromptState: Hashable, Sendable {
  /// What runs once the name is remembered.
  public enum Next: Hashable, Sendable {
    /// The command whose key was pressed.
    case command(Command)
    /// The `:` command that was typed (without the colon).
    case typed(String)
  }

  /// The name typed (prefilled with the login name, or the current coder).
  public var field: TextInput
  /// What the prompt interrupted; nil when it was asked for (`:coder`).
  public var next: Next?
  /// Why the name typed was refused, shown under the field.
  public var problem: String?

  /// Opens the prompt with a suggested name.
  public init(suggestion: String, next: Next?) {
    self.field = TextInput(suggestion)
    self.next = next
    self.problem = nil
  }
}
