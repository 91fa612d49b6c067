/// A half-open range of Unicode scalar offsets into a transcript body: `[start, end)`.
///
/// Offsets count Unicode scalars (REFI-QDA's "code points") from 0, never grapheme clusters, UTF-16
/// or UTF-8 units. Invariant: `0 <= start <= end`.
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The offset of the first scalar in the range.
  public let start: Int
  /// The offset one past the last scalar in the range.
  public let end: Int

  /// Creates a range; `start` must not exceed `end` and neither may be negative.
  public init(start: Int, end: Int) {
    precondition(0 <= start && start <= end, "invalid text range \(start)..<\(end)")
    self.start = start
    self.end = end
  }

  /// Creates a range from a Swift half-open range of offsets.
  public init(_ range: Range<Int>) { self.init(start: range.lowerBound, end: range.upperBound) }

  /// The number of scalars covered.
  public var length: Int { end - start }

  /// Whether the range covers no scalar.
  public var isEmpty: Bool { start == end }

  /// The range as a Swift `Range<Int>`.
  public var offsets: Range<Int> { start..<end }

  /// Whether the two ranges share at least one scalar, or coincide when both are empty.
  public func overlaps(_ other: TextRange) -> Bool {
    if self == other { return true }
    return !isEmpty && !other.isEmpty && start < other.end && other.start < end
  }

  /// Whether `other` lies entirely inside this range.
  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

  /// Whether the offset lies inside the range.
  public func contains(offset: Int) -> Bool { start <= offset && offset < end }

  /// The scalars shared by both ranges, if any.
  public func intersection(_ other: TextRange) -> TextRange? {
    let lower = max(start, other.start)
    let upper = min(end, other.end)
    return lower < upper ? TextRange(start: lower, end: upper) : nil
  }

  public var description: String { "\(start)..<\(end)" }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
