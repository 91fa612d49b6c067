/// A written finding tied to the codings that are its evidence: its wording, where it is written,
/// the retrieval query that finds its evidence, and the quantifier its wording implies.
///
/// A claim is checked, not believed: ``query`` (with the scope lines ``questions`` and
/// ``attributes``) selects the evidence, ``unit`` says what is counted, and ``quantifier`` says how
/// many units the wording needs. The verdict is computed by the engine.
public struct Claim: Hashable, Sendable {
  /// A claim's id, such as `C12`.
  public typealias ID = Identifier<Claim>

  /// The id.
  public var id: ID
  /// Where the finding is written, such as `dissertation line 1774`.
  public var source: String
  /// The wording in Kazakh, verbatim from the source.
  public var wordingKK: String
  /// The wording in English.
  public var wordingEN: String
  /// The retrieval query that finds the evidence, as written (codes and themes with AND, OR, NOT).
  public var query: String
  /// How many units the wording needs.
  public var quantifier: Quantifier
  /// What is counted.
  public var unit: ClaimUnit
  /// The guide questions the evidence must answer; empty for every question.
  public var questions: [GuideQuestion.ID]
  /// The case attribute values a transcript must have to be looked at.
  public var attributes: [ClaimAttribute]
  /// Free notes: why this query, which coding decisions the verdict rests on.
  public var memo: String

  /// Creates a claim.
  public init(
    id: ID, source: String = "", wordingKK: String = "", wordingEN: String = "", query: String,
    quantifier: Quantifier, unit: ClaimUnit = .transcripts, questions: [GuideQuestion.ID] = [],
    attributes: [ClaimAttribute] = [], memo: String = ""
  ) {
    self.id = id
    self.source = source
    self.wordingKK = wordingKK
    self.wordingEN = wordingEN
    self.query = query
    self.quantifier = quantifier
    self.unit = unit
    self.questions = questions
    self.attributes = attributes
    self.memo = memo
  }

  /// The wording in a language, falling back to the other when it is empty.
  public func wording(in language: Language) -> String {
    let preferred = language == .kk ? wordingKK : wordingEN
    return preferred.isEmpty ? (language == .kk ? wordingEN : wordingKK) : preferred
  }
}

/// What a claim counts.
public enum ClaimUnit: String, CaseIterable, Hashable, Sendable {
  /// Respondents: each transcript with evidence counts once.
  case transcripts
  /// Distinct coded stretches of text.
  case segments
}

/// A scope line `attribute: NAME=VALUE`: only transcripts whose attribute has the value.
public struct ClaimAttribute: Hashable, Sendable {
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
