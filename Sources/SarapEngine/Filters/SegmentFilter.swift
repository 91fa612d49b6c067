import SarapCore

/// Restricts which transcripts and codings a report looks at.
///
/// Transcript conditions (``transcripts``, ``attributes``) narrow the set of transcripts itself:
/// the rows of a theme matrix, the denominator of a frequency share, the units of a co-occurrence
/// table. Coding conditions (``coders``, ``questions``) narrow only the codings counted. A nil set
/// means "no restriction".
public struct SegmentFilter: Hashable, Sendable {
  /// The coders whose codings count; nil for all coders.
  public var coders: Set<Coder.ID>?
  /// The guide questions whose codings count; nil for all.
  ///
  /// A segment's question is the question of the turn it starts in. Segments outside any
  /// question never match a question set.
  public var questions: Set<GuideQuestion.ID>?
  /// Case attribute conditions; a transcript must meet every one.
  public var attributes: [AttributeCondition]
  /// The transcripts to look at; nil for all.
  public var transcripts: Set<Transcript.ID>?

  /// Creates a filter; the defaults restrict nothing.
  public init(
    coders: Set<Coder.ID>? = nil, questions: Set<GuideQuestion.ID>? = nil,
    attributes: [AttributeCondition] = [], transcripts: Set<Transcript.ID>? = nil
  ) {
    self.coders = coders
    self.questions = questions
    self.attributes = attributes
    self.transcripts = transcripts
  }

  /// The filter that keeps everything.
  public static let all = SegmentFilter()

  /// Whether the transcript is looked at.
  public func includes(_ transcript: Transcript) -> Bool {
    if let transcripts, !transcripts.contains(transcript.id) { return false }
    return attributes.allSatisfy { transcript.attribute($0.name) == $0.value }
  }

  /// Whether every segment of a transcript looked at is counted: no coder, question, transcript or
  /// attribute condition.
  public var keepsEverySegment: Bool {
    coders == nil && questions == nil && transcripts == nil && attributes.isEmpty
  }

  /// Whether the segment is counted: its transcript is looked at and its coder and question match.
  public func includes(_ segment: Segment) -> Bool {
    if let coders, !coders.contains(segment.coder) { return false }
    if let questions {
      guard let question = segment.question, questions.contains(question) else { return false }
    }
    if let transcripts, !transcripts.contains(segment.transcript) { return false }
    return attributes.allSatisfy { segment.attribute($0.name) == $0.value }
  }
}

/// A condition on a case attribute: the transcript's value of `name` equals `value`.
///
/// `unknown` is a value like any other, so `studied-abroad = unknown` selects the respondents
/// whose attribute the sources do not give.
public struct AttributeCondition: Hashable, Sendable {
  /// The attribute's name.
  public var name: String
  /// The required value.
  public var value: Attribute.Value

  /// Creates a condition.
  public init(name: String, value: Attribute.Value) {
    self.name = name
    self.value = value
  }
}
