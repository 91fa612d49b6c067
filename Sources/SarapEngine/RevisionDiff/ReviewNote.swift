import SarapCore

/// What a transcript revision recorded about a coding it flagged: the text it used to cover.
///
/// A flagged coding keeps the fingerprint of its old text, so it is recognisable as awaiting
/// review from the codings alone (its fingerprint no longer matches its text). The note adds
/// what the coding alone cannot tell: the old range and text, and which revision changed it.
/// A note applies to the coding with its ``key`` and ``fingerprint``; once the coding is
/// accepted, adjusted or removed, the note no longer applies and is ignored.
public struct ReviewNote: Hashable, Sendable {
  /// The flagged coding's key after the revision (its proposed range).
  public var key: Coding.Key
  /// The fingerprint the flagged coding carries (that of its old text).
  public var fingerprint: TextFingerprint
  /// The coding's range before the revision.
  public var oldRange: TextRange
  /// The text the coding covered before the revision.
  public var oldText: String
  /// The name the old revision of the transcript is saved under, such as `R07.1`.
  public var revision: String
  /// When the revision was made.
  public var time: Timestamp

  /// Creates a note.
  public init(
    key: Coding.Key, fingerprint: TextFingerprint, oldRange: TextRange, oldText: String,
    revision: String, time: Timestamp
  ) {
    self.key = key
    self.fingerprint = fingerprint
    self.oldRange = oldRange
    self.oldText = oldText
    self.revision = revision
    self.time = time
  }
}

extension TranscriptRevision {
  /// The review notes for the flagged codings of this revision.
  ///
  /// - Parameters:
  ///   - revision: The name the old revision is saved under, e.g. `R07.1`.
  ///   - time: When the revision is made.
  public func reviewNotes(revision: String, time: Timestamp) -> [ReviewNote] {
    flagged.map {
      ReviewNote(
        key: $0.new.key, fingerprint: $0.new.fingerprint, oldRange: $0.old.range,
        oldText: $0.oldText, revision: revision, time: time)
    }
  }
}
