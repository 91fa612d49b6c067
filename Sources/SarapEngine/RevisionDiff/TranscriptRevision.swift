import SarapCore

/// A transcript's text replaced by a corrected version, with every coding re-anchored.
///
/// Codings whose text no change touched move with it exactly (same text, same fingerprint);
/// codings whose text was edited are kept at a proposed range and flagged (``FlaggedCoding``),
/// never dropped. Apply ``edit`` to make the revision one undoable step.
public struct TranscriptRevision: Hashable, Sendable {
  /// The transcript before the revision.
  public var old: Transcript
  /// The transcript after it: the new body, the same header, excerpts re-anchored.
  public var new: Transcript
  /// The character-level diff from the old body to the new.
  public var diff: TextDiff
  /// Codings that moved with unchanged text: (before, after), only those whose range changed.
  public var moved: [(old: Coding, new: Coding)]
  /// Codings that kept their range and text.
  public var unchanged: [Coding]
  /// Codings whose text was edited, kept with a proposed range.
  public var flagged: [FlaggedCoding]
  /// Excerpt records whose passage was edited.
  public var flaggedExcerpts: [FlaggedExcerpt]

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.old == rhs.old && lhs.new == rhs.new && lhs.diff == rhs.diff
      && lhs.moved.map(\.old) == rhs.moved.map(\.old)
      && lhs.moved.map(\.new) == rhs.moved.map(\.new) && lhs.unchanged == rhs.unchanged
      && lhs.flagged == rhs.flagged && lhs.flaggedExcerpts == rhs.flaggedExcerpts
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(new)
    hasher.combine(flagged)
  }
}

/// Why a transcript revision cannot be made.
public enum TranscriptRevisionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The project has no transcript with this id.
  case unknownTranscript(Transcript.ID)
  /// The new text equals the current body.
  case unchanged(Transcript.ID)

  public var description: String {
    switch self {
    case .unknownTranscript(let id): "no transcript with id '\(id)'"
    case .unchanged(let id): "the new text of '\(id)' is the same as the current one"
    }
  }
}
