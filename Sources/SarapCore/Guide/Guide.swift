/// The interview guide: the instrument's revisions, oldest first.
public struct Guide: Hashable, Sendable {
  /// The revisions, oldest first; the last is the current one.
  public var revisions: [GuideRevision]

  /// Creates a guide.
  public init(revisions: [GuideRevision] = []) { self.revisions = revisions }

  /// The most recent revision.
  public var latest: GuideRevision? { revisions.last }

  /// The revision with the given id.
  public func revision(_ id: GuideRevision.ID) -> GuideRevision? {
    revisions.first { $0.id == id }
  }
}

/// One revision of the interview guide.
public struct GuideRevision: Hashable, Sendable, Identifiable {
  /// The revision id, for example `final`.
  public var id: ID
  /// When it was adopted (free text, `unknown` when not known).
  public var date: String
  /// Its status, for example `pilot` or `main`.
  public var status: String
  /// Why it was made; empty when the source does not say.
  public var note: String
  /// The questions, in order; sub-questions follow their parent.
  public var questions: [GuideQuestion]

  /// Creates a revision.
  public init(
    id: ID, date: String = "unknown", status: String = "main", note: String = "",
    questions: [GuideQuestion] = []
  ) {
    self.id = id
    self.date = date
    self.status = status
    self.note = note
    self.questions = questions
  }

  /// Identifies a revision.
  public typealias ID = Identifier<GuideRevision>

  /// The question with the given id.
  public func question(_ id: GuideQuestion.ID) -> GuideQuestion? {
    questions.first { $0.id == id }
  }
}

/// One question of a guide revision, in Kazakh with an English translation.
public struct GuideQuestion: Hashable, Sendable, Identifiable {
  /// The stable question id, for example `Q1`, `Q1а`, `Q1ә`.
  public var id: ID
  /// The question verbatim in Kazakh.
  public var textKK: String
  /// An English translation.
  public var textEN: String
  /// Why the question is as it is in this revision (what changed and what prompted it); may be empty.
  public var note: String
  /// Set when the question replaces one of an earlier revision with a different id.
  public var replaces: [ID]

  /// Creates a question.
  public init(id: ID, textKK: String, textEN: String, note: String = "", replaces: [ID] = []) {
    self.id = id
    self.textKK = textKK
    self.textEN = textEN
    self.note = note
    self.replaces = replaces
  }

  /// Identifies a question across revisions.
  public typealias ID = Identifier<GuideQuestion>

  /// The text in the given language.
  public func text(in language: Language) -> String {
    language == .kk ? textKK : textEN
  }
}
