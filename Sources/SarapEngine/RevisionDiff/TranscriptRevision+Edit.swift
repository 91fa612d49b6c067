import SarapCore

extension TranscriptRevision {
  /// The one undoable edit that makes the revision: the transcript replaced and every moved or
  /// flagged coding replaced by its re-anchored version.
  ///
  /// Codings are replaced in place where that is safe; a coding whose new key is another
  /// coding's old key is removed before and added after the replacements, so that no
  /// intermediate step holds two codings with one key.
  public var edit: ProjectEdit {
    var pairs = moved.map { ($0.old, $0.new) } + flagged.map { ($0.old, $0.new) }
    pairs.sort { $0.0.key < $1.0.key }
    let absorbed = flagged.flatMap(\.absorbed)
    let oldKeys = Set(pairs.map(\.0.key) + absorbed.map(\.key))
    var removals: [ProjectEdit] = absorbed.map { .removeCoding($0) }
    var replacements: [ProjectEdit] = []
    var additions: [ProjectEdit] = []
    for (old, new) in pairs where old != new {
      if old.key != new.key && oldKeys.contains(new.key) {
        removals.append(.removeCoding(old))
        additions.append(.addCoding(new))
      } else {
        replacements.append(.replaceCoding(old: old, new: new))
      }
    }
    return .batch([.replaceTranscript(old: old, new: new)] + removals + replacements + additions)
  }

  /// A one-line account of the revision, for the undo history.
  public var summary: String {
    "revise \(new.id): \(moved.count) moved, \(flagged.count) flagged, "
      + "\(unchanged.count) unchanged"
  }
}
