/// One interview transcript: a header (id, title, case attributes, provenance) and a body.
///
/// Codings point into ``body`` by Unicode scalar offsets. The body's turn structure (who speaks,
/// under which guide question) is read from its text; see ``Transcript/turns``.
public struct Transcript: Hashable, Sendable, Identifiable {
  /// The transcript id, for example `R07`.
  public var id: ID
  /// A human title.
  public var title: String
  /// The guide revision the interview was conducted under, if known.
  public var guideRevision: GuideRevision.ID?
  /// The speaker label the interviewer's turns use in the body, for example `I`.
  public var interviewer: String
  /// Case attributes of the respondent, in file order.
  public var attributes: [Attribute]
  /// Where the body's passages come from, in file order.
  public var excerpts: [Excerpt]
  /// The researcher's memo on the whole transcript; empty when none.
  public var memo: String
  /// The text codings point into.
  public var body: TranscriptText

  /// Creates a transcript.
  public init(
    id: ID, title: String = "", guideRevision: GuideRevision.ID? = nil, interviewer: String = "I",
    attributes: [Attribute] = [], excerpts: [Excerpt] = [], memo: String = "",
    body: TranscriptText
  ) {
    self.id = id
    self.title = title
    self.guideRevision = guideRevision
    self.interviewer = interviewer
    self.attributes = attributes
    self.excerpts = excerpts
    self.memo = memo
    self.body = body
  }

  /// Identifies a transcript; also the respondent (case) it records.
  public typealias ID = Identifier<Transcript>

  /// The value of the named attribute, `unknown` when the transcript does not record it.
  public func attribute(_ name: String) -> Attribute.Value {
    attributes.first { $0.name == name }?.value ?? .unknown
  }
}
