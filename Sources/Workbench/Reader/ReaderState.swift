import SarapCore

/// The open transcript in the reader: the document, the cursor, the selection and the scroll.
///
/// The cursor is a Unicode scalar offset that always rests on a `Character` start.
public struct ReaderState: Equatable, Sendable {
  /// The open transcript, laid out; nil before one is opened.
  public var document: ReaderDocument?
  /// The codings the reader shows, with their gutter stripes.
  public var overlay: CodingOverlay
  /// The cursor: the scalar offset of the `Character` it is on.
  public var cursor: Int
  /// Where the selection started, while selecting.
  ///
  /// The selection runs from here to the cursor, both `Character`s included (see
  /// ``excludesAnchor``). Setting it clears ``excludesAnchor``.
  public var anchor: Int? { didSet { excludesAnchor = false } }
  /// Whether a word motion took the cursor back from an anchor on a word's first letter: the
  /// selection then ends before that letter, so it holds whole words.
  public var excludesAnchor: Bool = false
  /// The first wrapped row shown.
  public var top: Int
  /// The column up/down movement tries to keep, set by the last horizontal move.
  public var goalColumn: Int?

  /// Creates an empty reader.
  public init(
    document: ReaderDocument? = nil, overlay: CodingOverlay = CodingOverlay(), cursor: Int = 0,
    anchor: Int? = nil, top: Int = 0, goalColumn: Int? = nil
  ) {
    self.document = document
    self.overlay = overlay
    self.cursor = cursor
    self.anchor = anchor
    self.top = top
    self.goalColumn = goalColumn
  }

  /// The selected range: from the anchor to the cursor, both `Character`s included; nil when
  /// not selecting.
  public var selection: TextRange? {
    guard let anchor, let document else { return nil }
    let lower = min(anchor, cursor)
    let upper =
      excludesAnchor && cursor < anchor
      ? anchor : document.characterEnd(containing: max(anchor, cursor))
    return TextRange(start: lower, end: max(lower, upper))
  }
}
