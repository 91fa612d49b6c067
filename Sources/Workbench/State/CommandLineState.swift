import TerminalKit

/// The line at the bottom where `:` commands and `/` searches are typed.
public struct CommandLineState: Hashable, Sendable {
  /// What the line is for.
  public enum Purpose: Hashable, Sendable {
    /// A `:` command.
    case command
    /// A `/` search in the open transcript.
    case search
  }

  /// What the line is for.
  public var purpose: Purpose
  /// The text typed.
  public var field: TextInput

  /// Opens the line, optionally prefilled.
  public init(_ purpose: Purpose, text: String = "") {
    self.purpose = purpose
    self.field = TextInput(text)
  }

  /// The prompt drawn before the text.
  public var prompt: String { purpose == .command ? ":" : "/" }
}
