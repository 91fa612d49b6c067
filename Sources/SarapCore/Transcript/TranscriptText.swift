import Synchronization

/// The body of a transcript: immutable text addressed by Unicode scalar offsets.
///
/// The text is stored exactly as given (UTF-8, LF line endings, never re-normalised). Its length in
/// scalars is counted from the UTF-8 bytes when the body is made; the scalar array that slicing by
/// a ``TextRange`` uses (O(length of the range)) and the outline of turns and paragraphs are built
/// the first time they are asked for, once per body, so a report that needs no text never decodes
/// it. A body made with ``init(scalarCount:outline:origin:reading:)`` (from the project cache) does not
/// even hold its text until something asks for it: its length and outline are known, and the text
/// is read then, once.
public struct TranscriptText: Hashable, Sendable, CustomStringConvertible {
  private let storage: Storage

  /// Creates a body from its exact text.
  public init(_ text: String) { storage = Storage(text) }

  /// A body whose length and outline are known and whose text is read when first needed.
  ///
  /// `reading` supplies the text, once; it must return text of exactly `scalarCount` scalars with that outline
  /// (the store checks the file's stamp before it returns it). Two such bodies with the same
  /// `origin` (the store's name for a file's exact content) are equal without reading either.
  public init(
    scalarCount: Int, outline: TextOutline, origin: String,
    reading: @escaping @Sendable () -> String
  ) {
    storage = Storage(scalarCount: scalarCount, outline: outline, origin: origin, reading: reading)
  }

  /// Whether the text is in memory (false for a body from the cache not yet read).
  public var isTextLoaded: Bool { storage.isTextLoaded }

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
  public var outline: TextOutline { storage.outline }

  public var description: String { storage.text }

  /// Equal when the texts are equal byte for byte (so scalar for scalar); two bodies not yet read
  /// from the same content of the same file are equal without reading them.
  public static func == (lhs: TranscriptText, rhs: TranscriptText) -> Bool {
    if lhs.storage === rhs.storage { return true }
    guard lhs.storage.scalarCount == rhs.storage.scalarCount else { return false }
    if let origin = lhs.storage.origin, origin == rhs.storage.origin { return true }
    return lhs.storage.text.utf8.elementsEqual(rhs.storage.text.utf8)
  }

  /// Hashes the length only (equal bodies have equal lengths), so hashing never reads a body.
  public func hash(into hasher: inout Hasher) { hasher.combine(storage.scalarCount) }

  private final class Storage: Sendable {
    let scalarCount: Int
    /// The store's name for the exact content a body not yet read comes from.
    let origin: String?
    private let reading: (@Sendable () -> String)?
    private let derived: Mutex<Derived>

    /// What is built from the text (or read) on first use.
    struct Derived {
      var text: String?
      var scalars: [Unicode.Scalar]?
      var outline: TextOutline?
    }

    init(_ text: String) {
      self.scalarCount = Self.countScalars(text)
      self.origin = nil
      self.reading = nil
      self.derived = Mutex(Derived(text: text))
    }

    init(
      scalarCount: Int, outline: TextOutline, origin: String,
      reading: @escaping @Sendable () -> String
    ) {
      self.scalarCount = scalarCount
      self.origin = origin
      self.reading = reading
      self.derived = Mutex(Derived(outline: outline))
    }

    var isTextLoaded: Bool { derived.withLock { $0.text != nil } }

    var text: String {
      derived.withLock { derived in Self.text(of: &derived, reading: reading) }
    }

    private static func text(of derived: inout Derived, reading: (@Sendable () -> String)?)
      -> String
    {
      if let text = derived.text { return text }
      let text = reading?() ?? ""
      derived.text = text
      return text
    }

    var scalars: [Unicode.Scalar] {
      derived.withLock { derived in
        if let scalars = derived.scalars { return scalars }
        let scalars = Array(Self.text(of: &derived, reading: reading).unicodeScalars)
        derived.scalars = scalars
        return scalars
      }
    }

    var outline: TextOutline {
      derived.withLock { derived in
        if let outline = derived.outline { return outline }
        let outline = TextOutline(Self.text(of: &derived, reading: reading))
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
