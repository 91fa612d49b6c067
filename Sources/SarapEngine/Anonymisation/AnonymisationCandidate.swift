import SarapCore

/// A passage of a transcript that may identify someone, with the rule that found it.
public struct AnonymisationCandidate: Hashable, Sendable {
  /// The transcript the passage is in.
  public var transcript: Transcript.ID
  /// The passage: what a replacement would replace (a Kazakh case ending after it stays).
  public var range: TextRange
  /// The passage's text.
  public var text: String
  /// The form decisions are made on, the same wherever it occurs: the text with its line breaks
  /// and runs of spaces made single spaces, or the dictionary form of a listed place (`Астана`
  /// for `Астане`).
  public var lemma: String
  /// What it may be.
  public var kind: IdentifierKind
  /// The rule that found it.
  public var rule: AnonymisationRule.Name

  /// Creates a candidate.
  public init(
    transcript: Transcript.ID, range: TextRange, text: String, lemma: String,
    kind: IdentifierKind, rule: AnonymisationRule.Name
  ) {
    self.transcript = transcript
    self.range = range
    self.text = text
    self.lemma = lemma
    self.kind = kind
    self.rule = rule
  }
}
