/// One speaker turn in a transcript body.
///
/// A turn starts at the beginning of a line of the form `[QID] SPEAKER: text` (the bracketed guide
/// question id is optional) and runs until the next turn starts or the body ends. Text before the
/// first turn belongs to no turn.
public struct Turn: Hashable, Sendable {
  /// The speaker label, for example `I` or `R07`.
  public var speaker: String
  /// The guide question the turn asks (interviewer) or answers (respondent), if known.
  public var question: GuideQuestion.ID?
  /// Whether the interviewer speaks.
  public var isInterviewer: Bool
  /// The whole turn, label included, up to (not including) the next turn's first scalar.
  public var range: TextRange
  /// The turn's spoken text: after `SPEAKER: `, trailing line breaks excluded.
  public var textRange: TextRange

  /// Creates a turn.
  public init(
    speaker: String, question: GuideQuestion.ID?, isInterviewer: Bool, range: TextRange,
    textRange: TextRange
  ) {
    self.speaker = speaker
    self.question = question
    self.isInterviewer = isInterviewer
    self.range = range
    self.textRange = textRange
  }
}
