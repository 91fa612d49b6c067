/// The body of a transcript: immutable text addressed by Unicode scalar offsets.
///
/// The text is stored exactly as given (UTF-8, LF line endings, never re-normalised). Slicing by a
/// ``TextRange`` is O(length of the range): the scalars are kept in an array built once.
public struct TranscriptText: Hashable, Sendable, CustomStringConvertible {
  private let storage: Storage

  /// Creates a body from its exact text.
  public init(_ text: String) { storage = Storage(text) }

  /// The exact text.
  public var string: String { storage.text }

  /// The body's Unicode scalars, in order; offsets index this array.
  public var scalars: [Unicode.Scalar] { storage.scalars }

  /// The number of Unicode scalars: the largest valid offset.
  public var scalarCount: Int { storage.scalars.count }

  /// The range covering the whole body.
  public var fullRange: TextRange { TextRange(start: 0, end: scalarCount) }

  /// Whether a range lies inside the body.
  public func contains(_ range: TextRange) -> Bool { range.end <= scalarCount }

  /// The text covered by `range`; the range must lie inside the body.
  public subscript(range: TextRange) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: storage.scalars[range.start..<range.end])
    return String(result)
  }

  public var description: String { storage.text }

  public static func == (lhs: TranscriptText, rhs: TranscriptText) -> Bool {
    lhs.storage === rhs.storage
      || lhs.storage.text == rhs.storage.text
        && lhs.storage.scalars == rhs.storage.scalars
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(storage.text) }

  private final class Storage: Sendable {
    let text: String
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
      self.text = text
      self.scalars = Array(text.unicodeScalars)
    }
  }
}

extension TranscriptText: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(value) }
}
