/// A passage of a transcript body with the place in a published source it was taken from.
///
/// The bundled corpus is built from excerpts quoted in a dissertation; each excerpt records the
/// source line it occurs on so that a test (and a reader) can check it verbatim.
public struct Excerpt: Hashable, Sendable {
  /// The excerpt's id, unique within its transcript, for example `E1`.
  public var id: ID
  /// The 1-based line of the source document the excerpt is quoted on.
  public var sourceLine: Int
  /// The excerpt's place in the transcript body.
  public var range: TextRange
  /// Set when the source itself quotes this passage a second time: the id of the first occurrence.
  public var repeatOf: ID?

  /// Creates an excerpt record.
  public init(id: ID, sourceLine: Int, range: TextRange, repeatOf: ID? = nil) {
    self.id = id
    self.sourceLine = sourceLine
    self.range = range
    self.repeatOf = repeatOf
  }

  /// Identifies an excerpt within its transcript.
  public typealias ID = Identifier<Excerpt>
}
