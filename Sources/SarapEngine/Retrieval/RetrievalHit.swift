import SarapCore

/// One stretch of text a query retrieved, with the codes and coders that coded it.
public struct RetrievalHit: Hashable, Sendable {
  /// The transcript.
  public let transcript: Transcript.ID
  /// The range, in Unicode scalar offsets.
  public let range: TextRange
  /// The guide question of the turn the range starts in; nil before the first turn.
  public let question: GuideQuestion.ID?
  /// The text the range covers.
  public let text: String
  /// The codes of the retrieved segments at this range, in codebook order.
  public let codes: [Code.ID]
  /// The coders of the retrieved segments at this range, sorted.
  public let coders: [Coder.ID]
}
