import SarapCore
import TerminalKit

/// A transcript prepared for reading: its scalars, its clusters and rows (TerminalKit's
/// ``TerminalKit/TextLayout``), its body lines and its speaker turns, computed once when the
/// transcript is opened and re-wrapped only when the width changes.
///
/// Every offset is a Unicode scalar offset into the body (the unit codings store). The reader's
/// cursor only ever rests on a `Character` start, so a selection never splits a letter from its
/// combining marks.
public struct ReaderDocument: Sendable {
  /// The transcript read.
  public let transcriptID: Transcript.ID
  /// The body as stored.
  public let body: TranscriptText
  /// The body's scalars; offsets index this array.
  public let scalars: [Unicode.Scalar]
  /// The body laid out: clusters (`Character`s) and wrapped rows.
  public private(set) var layout: TextLayout
  /// The body's lines (text between line breaks, break excluded), in order.
  public let lines: [TextRange]
  /// The speaker turns, in order.
  public let turns: [Turn]

  /// Prepares a transcript for reading at a text width of `width` cells.
  public init(_ transcript: Transcript, width: Int) {
    transcriptID = transcript.id
    body = transcript.body
    scalars = transcript.body.scalars
    layout = TextLayout(text: transcript.body.string, width: width)
    lines = Self.lines(of: scalars)
    turns = transcript.turns
  }

  /// Re-wraps the rows to `width` cells; cheap when the width is unchanged.
  public mutating func rewrap(width: Int) { layout.rewrap(width: width) }

  /// The number of scalars in the body.
  public var length: Int { scalars.count }

  /// The number of `Character`s in the body.
  public var characterCount: Int { layout.clusters.count }

  /// The scalar offset where `Character` number `index` starts (the body's length for `count`).
  public func start(ofCharacter index: Int) -> Int {
    layout.clusters.scalarOffset(ofCluster: index)
  }

  /// The text of a range of the body.
  public func text(_ range: TextRange) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[min(range.start, length)..<min(range.end, length)])
    return String(view)
  }

  private static func lines(of scalars: [Unicode.Scalar]) -> [TextRange] {
    var result: [TextRange] = []
    var start = 0
    for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
      result.append(TextRange(start: start, end: offset))
      start = offset + 1
    }
    result.append(TextRange(start: start, end: scalars.count))
    return result
  }
}

extension ReaderDocument: Equatable {
  /// Two documents are equal when they read the same text of the same transcript at one width.
  public static func == (lhs: ReaderDocument, rhs: ReaderDocument) -> Bool {
    lhs.transcriptID == rhs.transcriptID && lhs.layout.width == rhs.layout.width
      && lhs.body == rhs.body
  }
}
