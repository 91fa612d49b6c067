import SarapCore

/// One line of a project's undo history (`.sarap/history`): an edit that was applied, undone or
/// redone, with its inverse, who made it, when, and a summary.
public struct HistoryEntry: Hashable, Sendable {
  /// What the entry records.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A new edit.
    case apply
    /// The undoing of the `apply` entry named by ``HistoryEntry/target``.
    case undo
    /// The redoing of the `apply` entry named by ``HistoryEntry/target``.
    case redo
  }

  /// The entry's position in the history, counting from 1.
  public var sequence: Int
  /// What the entry records.
  public var kind: Kind
  /// For `undo` and `redo`, the sequence number of the `apply` entry concerned; nil for `apply`.
  public var target: Int?
  /// Who made the change.
  public var coder: Coder.ID
  /// When it was made.
  public var time: Timestamp
  /// A one-line human summary, such as `code R07 120..530 with russia`.
  public var summary: String
  /// The edit applied to the project at this entry, as recorded (replacements as diffs).
  public var edit: RecordedEdit
  /// The edit that reverses ``edit``, as recorded.
  public var inverse: RecordedEdit

  /// Creates an entry of an edit and its inverse, recording replacements as diffs.
  public init(
    sequence: Int, kind: Kind, target: Int? = nil, coder: Coder.ID, time: Timestamp,
    summary: String, edit: ProjectEdit, inverse: ProjectEdit
  ) {
    self.init(
      sequence: sequence, kind: kind, target: target, coder: coder, time: time, summary: summary,
      edit: RecordedEdit(edit), inverse: RecordedEdit(inverse))
  }

  /// Creates an entry of recorded edits.
  public init(
    sequence: Int, kind: Kind, target: Int? = nil, coder: Coder.ID, time: Timestamp,
    summary: String, edit: RecordedEdit, inverse: RecordedEdit
  ) {
    self.sequence = sequence
    self.kind = kind
    self.target = target
    self.coder = coder
    self.time = time
    self.summary = summary
    self.edit = edit
    self.inverse = inverse
  }
}

extension HistoryEntry {
  /// The entry with whole-value replacements (from `sarap-history 1` lines) as diffs.
  public func diffed() -> HistoryEntry {
    var entry = self
    entry.edit = edit.diffed()
    entry.inverse = inverse.diffed()
    return entry
  }
}
