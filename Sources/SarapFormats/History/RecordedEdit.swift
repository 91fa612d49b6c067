import SarapCore

/// An edit as the undo history keeps it: small edits whole, a replaced transcript, guide or
/// claims ledger as a diff of its text (``TextPatch``) that names the exact text it applies to.
///
/// A recorded edit becomes a ``ProjectEdit`` again only against a project
/// (``resolved(in:)``): a diff is applied to the project's current text, and refused when that
/// text is not the one it was recorded against.
public struct RecordedEdit: Hashable, Sendable {
  let record: EditRecord

  /// Records an edit, replacements as diffs.
  public init(_ edit: ProjectEdit) {
    record = EditRecord.diffed(edit)
  }

  init(record: EditRecord) {
    self.record = record
  }

  /// Whether the edit holds a diff (so it applies only to the text it was recorded against).
  public var holdsDiffs: Bool { record.containsDiffs }

  /// The same edit with any whole-value replacement (from a `sarap-history 1` line) as a diff.
  public func diffed() -> RecordedEdit { RecordedEdit(record: record.diffed()) }
}
