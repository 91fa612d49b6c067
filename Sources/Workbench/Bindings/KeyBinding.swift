import TerminalKit

/// One row of the binding table: keys, the command they run where, and how it is described.
///
/// The one table (``KeyBinding/table``) drives dispatch, the hint line, the `?` help screen and the
/// key list in docs/workbench.md, so they cannot disagree.
public struct KeyBinding: Sendable {
  /// The keys that run the command; the first is the one shown in hints.
  public var keys: [Key]
  /// The command run.
  public var command: Command
  /// Where the binding applies.
  public var context: BindingContext
  /// One line for help and docs/workbench.md.
  public var summary: String
  /// The word shown in the hint line; nil when the binding is not hinted.
  public var hint: String?
  /// Why the command cannot run now, or nil when it can; a disabled key says why, never nothing.
  public var disabledReason: @Sendable (AppState) -> String?

  /// Creates a binding.
  public init(
    _ keys: [Key], _ command: Command, in context: BindingContext, _ summary: String,
    hint: String? = nil, disabledReason: @escaping @Sendable (AppState) -> String? = { _ in nil }
  ) {
    self.keys = keys
    self.command = command
    self.context = context
    self.summary = summary
    self.hint = hint
    self.disabledReason = disabledReason
  }

  /// Whether the binding shows in the hint line.
  public var showsInHintBar: Bool { hint != nil }

  /// The keys as written in help: `j / Down`.
  public var keyNames: String { keys.map(\.name).joined(separator: " / ") }
}
