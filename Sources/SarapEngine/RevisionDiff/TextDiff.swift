import SarapCore

/// A character-level diff between two texts, as the spans that changed.
///
/// Offsets are Unicode scalars, like every ``TextRange``. Text outside the hunks is unchanged
/// and keeps its order: the n-th unchanged scalar of the old text is the n-th of the new.
public struct TextDiff: Hashable, Sendable {
  /// The changed spans, in order, neither overlapping nor adjacent.
  public let hunks: [Hunk]
  /// The length of the older text, in scalars.
  public let oldLength: Int
  /// The length of the newer text, in scalars.
  public let newLength: Int
  /// The cumulative length change before each hunk; `shifts[hunks.count]` is the total.
  let shifts: [Int]

  /// One changed span: `old` in the older text was replaced by `new` in the newer one.
  ///
  /// An insertion has an empty `old`; a deletion an empty `new`.
  public struct Hunk: Hashable, Sendable {
    /// The span of the older text that was removed or replaced.
    public var old: TextRange
    /// The span of the newer text that was inserted in its place.
    public var new: TextRange

    /// Creates a hunk.
    public init(old: TextRange, new: TextRange) {
      self.old = old
      self.new = new
    }

    /// The change of length this hunk causes.
    public var delta: Int { new.length - old.length }
  }

  /// Creates a diff from its hunks.
  public init(hunks: [Hunk], oldLength: Int, newLength: Int) {
    self.hunks = hunks
    self.oldLength = oldLength
    self.newLength = newLength
    var shifts = [0]
    for hunk in hunks { shifts.append(shifts[shifts.count - 1] + hunk.delta) }
    self.shifts = shifts
  }

  /// Whether the texts are equal.
  public var isEmpty: Bool { hunks.isEmpty }
}
