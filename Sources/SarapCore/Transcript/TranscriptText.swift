import Synchronization

/// The body of a transcript: immutable text addressed by Unicode scalar offsets.
///
/// The text is stored exactly as given (UTF-8, LF line endings, never re-normalised). Its length in
/// scalars is counted from the UTF-8 bytes when the body is made; the scalar array that slicing by
/// a ``TextRange`` uses (O(length of the range)) and the outline of turns and paragraphs are built
/// the first time they are asked for, once per body, so a report that needs no text never decodes
/// it.
public struct TranscriptText: Hashable, Sendable, CustomStringConvertible {
  private let storage: Storage

  /// Creates a body from its exact text.
  public init(_ text: String) { storage = Storage(text) }

  /// The exact text.
  public var string: String { storage.text }

  /// The body's Unicode scalars, in order; offsets index this array (built on first use).
  public var scalars: [Unicode.Scalar] { storage.scalars }

  /// The number of Unicode scalars: the largest valid offset.
  public var scalarCount: Int { storage.scalarCount }

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

  /// The offsets at which a paragraph other than the first starts (after a blank line), ascending.
  public var paragraphStarts: [Int] { storage.outline.paragraphStarts }

  /// Where turns open and paragraphs start, read once from the UTF-8 bytes.
  var outline: TextOutline { storage.outline }

  public var description: String { storage.text }

  /// Equal when the texts are equal byte for byte (so scalar for scalar).
  public static func == (lhs: TranscriptText, rhs: TranscriptText) -> Bool {
    lhs.storage === rhs.storage
      || lhs.storage.scalarCount == rhs.storage.scalarCount
        && lhs.storage.text.utf8.elementsEqual(rhs.storage.text.utf8)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(storage.text) }

  private final class Storage: Sendable {
    let text: String
    let scalarCount: Int
    private let derived = Mutex(Derived())

    /// What is built from the text on first use.
    struct Derived {
      var scalars: [Unicode.Scalar]?
      var outline: TextOutline?
    }

    init(_ text: String) {
      self.text = text
      self.scalarCount = Self.countScalars(text)
    }

    var scalars: [Unicode.Scalar] {
      derived.withLock { derived in
        if let scalars = derived.scalars { return scalars }
        let scalars = Array(text.unicodeScalars)
        derived.scalars = scalars
        return scalars
      }
    }

    var outline: TextOutline {
      derived.withLock { derived in
        if let outline = derived.outline { return outline }
        let outline = TextOutline(text)
        derived.outline = outline
        return outline
      }
    }

    /// The scalars of UTF-8 text are its bytes that do not continue a scalar.
    private static func countScalars(_ text: String) -> Int {
      let counted = text.utf8.withContiguousStorageIfAvailable { bytes in
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
      }
      return counted ?? text.unicodeScalars.count
    }
  }
}

extension TranscriptText: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(value) }
}
