/// A moment, kept as the ISO 8601 UTC text it was written with (for example `2026-11-26T17:05:00Z`).
///
/// Keeping the text makes saving byte-stable; ordering is lexicographic, which is chronological for
/// the fixed-width UTC form Sarap writes.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The ISO 8601 text.
  public let rawValue: String

  /// Wraps an ISO 8601 text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public var description: String { rawValue }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.rawValue < rhs.rawValue }
}
