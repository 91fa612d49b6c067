/// A typed identifier: a string that names one kind of subject and cannot be mixed up with another.
///
/// `Code.ID` and `Transcript.ID` are both `Identifier`s, but of different subjects, so a transcript id
/// can never be passed where a code id is expected.
public struct Identifier<Subject>: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The identifier as written in the project files.
  public let rawValue: String

  /// Creates an identifier from its written form.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Identifier: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(value) }
}

extension Identifier {
  /// Whether the written form is usable as an id: non-empty, no whitespace, no tab or line break.
  public var isWellFormed: Bool {
    !rawValue.isEmpty && !rawValue.unicodeScalars.contains(where: Self.isWhitespace)
  }

  /// Unicode's White_Space, with ASCII answered without the property tables: the table lookup
  /// was a third of decoding a codings line, and ids are nearly always ASCII.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
      : scalar.properties.isWhitespace
  }
}
