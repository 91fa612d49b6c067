/// One recorded change of the codebook: who made it, when, what it did and why.
///
/// The codebook history (an audit trail researchers cite) is a list of these, oldest first.
/// Its ``operations`` carry full code values, so replaying every change from an empty codebook
/// gives the codebook as it stands (see ``CodebookHistory``).
public struct CodebookChange: Hashable, Sendable {
  /// When the change was made.
  public var time: Timestamp
  /// Who made it.
  public var coder: Coder.ID
  /// Whether it was a change, or the undoing or redoing of one.
  public var step: Step
  /// What kind of change it was.
  public var action: Action
  /// The codes it concerns, most important first (for a merge: the merged code, then the target).
  public var codes: [Code.ID]
  /// Why, in the coder's words; empty when not given.
  public var reason: String
  /// The operations that make the change, in order.
  public var operations: [CodebookOperation]

  /// Creates a change.
  public init(
    time: Timestamp, coder: Coder.ID, step: Step = .apply, action: Action, codes: [Code.ID],
    reason: String = "", operations: [CodebookOperation]
  ) {
    self.time = time
    self.coder = coder
    self.step = step
    self.action = action
    self.codes = codes
    self.reason = reason
    self.operations = operations
  }

  /// Whether a change was made, undone or redone.
  public enum Step: String, CaseIterable, Hashable, Sendable {
    /// A new change.
    case apply
    /// The undoing of an earlier change.
    case undo
    /// The redoing of an undone change.
    case redo
  }

  /// The kinds of codebook change.
  public enum Action: String, CaseIterable, Hashable, Sendable {
    /// The codebook as found when the history began (or after changes made outside Sarap).
    case baseline
    /// A code added.
    case add
    /// A code's Kazakh or English name changed.
    case rename
    /// A code moved under another parent.
    case move
    /// A code moved in display order.
    case reorder
    /// A code merged into another: its codings and children moved, the code removed.
    case merge
    /// A code split in two: a new code added and some codings moved to it.
    case split
    /// A code's colour changed.
    case recolour
    /// A code's definition changed.
    case redefine
    /// A code's memo changed.
    case memo
    /// A code removed with its codings and subtree.
    case delete
    /// Several kinds at once.
    case edit
  }

  /// The action as written in the log: `rename`, `undo rename`, `redo rename`.
  public var label: String {
    step == .apply ? action.rawValue : "\(step.rawValue) \(action.rawValue)"
  }
}
