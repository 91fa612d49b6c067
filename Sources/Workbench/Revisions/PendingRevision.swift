import SarapCore
import SarapEngine

/// A transcript revision typed as `:revise FILE`, sent to the store and not yet saved.
public struct PendingRevision: Hashable, Sendable {
  /// The revision: the new text, the moved and the flagged codings.
  public var revision: TranscriptRevision
  /// The notes the flagged codings get once it is saved (their old text, for the review screen).
  public var notes: [ReviewNote]

  /// Creates a pending revision.
  public init(revision: TranscriptRevision, notes: [ReviewNote]) {
    self.revision = revision
    self.notes = notes
  }
}
