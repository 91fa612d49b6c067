import SarapCore

/// A coding whose text a transcript revision changed: kept, with a proposed range, for review.
public struct FlaggedCoding: Hashable, Sendable {
  /// The coding before the revision.
  public var old: Coding
  /// The coding after the revision: the proposed range, the old fingerprint (so that the coding
  /// stays recognisably unreviewed until accepted), memos of absorbed codings joined.
  public var new: Coding
  /// The text the coding covered before the revision.
  public var oldText: String
  /// The text the proposed range covers after the revision.
  public var newText: String
  /// What touched it.
  public var change: TextDiff.Change
  /// Codings of the same code and coder that the revision moved onto the same range, folded into
  /// this one (their memos joined), so that no two codings share a key.
  public var absorbed: [Coding]

  /// Creates a flagged coding.
  public init(
    old: Coding, new: Coding, oldText: String, newText: String, change: TextDiff.Change,
    absorbed: [Coding] = []
  ) {
    self.old = old
    self.new = new
    self.oldText = oldText
    self.newText = newText
    self.change = change
    self.absorbed = absorbed
  }
}

/// An excerpt record whose passage a transcript revision changed.
public struct FlaggedExcerpt: Hashable, Sendable {
  /// The excerpt before the revision.
  public var old: Excerpt
  /// The excerpt with its proposed range in the revised body.
  public var new: Excerpt
  /// What touched it.
  public var change: TextDiff.Change

  /// Creates a flagged excerpt.
  public init(old: Excerpt, new: Excerpt, change: TextDiff.Change) {
    self.old = old
    self.new = new
    self.change = change
  }
}
