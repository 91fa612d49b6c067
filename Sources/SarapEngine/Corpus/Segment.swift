import SarapCore

/// One coding seen in its context: the transcript it points into, the theme its code belongs to,
/// the guide question it answers and the case attributes of its respondent.
///
/// Segments are built once by ``CodedCorpus`` and shared by every report. Two segments are *the
/// same stretch of text* when they have the same transcript and range, whatever their code or
/// coder; reports that count "segments" count such distinct stretches.
public struct Segment: Hashable, Sendable {
  /// The coding this segment shows.
  public let coding: Coding
  /// The theme of the coding's code: its root ancestor, or the code itself when it is a theme.
  public let theme: Code.ID
  /// The guide question of the turn the segment starts in; nil before the first turn.
  public let question: GuideQuestion.ID?
  /// The respondent answers the segment overlaps, as positions in ``SarapCore/Transcript/answers``.
  ///
  /// A segment spanning two answers lists both; a segment inside an interviewer turn lists none.
  /// An empty segment lies in the answer containing its offset.
  public let answers: Range<Int>
  /// The case attributes of the transcript's respondent, in file order.
  public let attributes: [Attribute]

  /// The transcript's position in ``CodedCorpus/transcripts``.
  let transcriptSlot: Int
  /// The code's position in ``CodedCorpus/codes``.
  let codeSlot: Int
  /// The theme's position in ``CodedCorpus/themes``.
  let themeSlot: Int

  init(
    coding: Coding, theme: Code.ID, question: GuideQuestion.ID?, answers: Range<Int>,
    attributes: [Attribute], slots: (transcript: Int, code: Int, theme: Int)
  ) {
    self.coding = coding
    self.theme = theme
    self.question = question
    self.answers = answers
    self.attributes = attributes
    self.transcriptSlot = slots.transcript
    self.codeSlot = slots.code
    self.themeSlot = slots.theme
  }

  /// The transcript the segment lies in.
  public var transcript: Transcript.ID { coding.transcript }
  /// The coded range, in Unicode scalar offsets.
  public var range: TextRange { coding.range }
  /// The code applied.
  public var code: Code.ID { coding.code }
  /// Who applied it.
  public var coder: Coder.ID { coding.coder }

  /// The value of the named case attribute, `unknown` when the transcript does not record it.
  public func attribute(_ name: String) -> Attribute.Value {
    attributes.first { $0.name == name }?.value ?? .unknown
  }
}
