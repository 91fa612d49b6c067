import SarapCore

extension TranscriptRevision {
  /// The one undoable edit that makes the revision: every moved or flagged coding removed, the
  /// transcript replaced, and the re-anchored codings added.
  ///
  /// Removing before and adding after the text change keeps every step valid in both directions:
  /// old ranges are never checked against the new text, nor new ranges against the old, whether
  /// the edit is applied or undone (``ProjectEdit/inverse``).
  public var edit: ProjectEdit {
    let pairs = (moved.map { ($0.old, $0.new) } + flagged.map { ($0.old, $0.new) })
      .filter { $0.0 != $0.1 }
      .sorted { $0.0.key < $1.0.key }
    let removals = (pairs.map(\.0) + flagged.flatMap(\.absorbed)).sorted { $0.key < $1.key }
    return .batch(
      removals.map { .removeCoding($0) } + [.replaceTranscript(old: old, new: new)]
        + pairs.map { .addCoding($0.1) })
  }

  /// A one-line account of the revision, for the undo history.
  public var summary: String {
    "revise \(new.id): \(moved.count) moved, \(flagged.count) flagged, "
      + "\(unchanged.count) unchanged"
  }
}
