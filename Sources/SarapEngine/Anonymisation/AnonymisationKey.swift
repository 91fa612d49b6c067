import SarapCore

/// The anonymisation decisions and the key: which texts are replaced by which pseudonym, which
/// are kept, and where replacements were made.
///
/// It holds the originals, so it is never part of the shared project: Sarap keeps it in
/// `.sarap/anonymisation-key.txt` (or a file the user names), outside git.
public struct AnonymisationKey: Hashable, Sendable {
  /// What was decided about a text.
  public enum Decision: Hashable, Sendable {
    /// Replace it with this pseudonym everywhere.
    case accept(pseudonym: String)
    /// Keep it: it identifies no one (`accept as-is`).
    case keep
    /// Not a candidate at all: the rule was wrong.
    case reject
  }

  /// The decision on one text.
  public struct Entry: Hashable, Sendable {
    /// The text (a candidate's lemma), as in the transcripts.
    public var text: String
    /// What it is.
    public var kind: IdentifierKind
    /// What was decided.
    public var decision: Decision

    /// Creates an entry.
    public init(text: String, kind: IdentifierKind, decision: Decision) {
      self.text = text
      self.kind = kind
      self.decision = decision
    }
  }

  /// One replacement made by an apply: where its pseudonym now stands, and what it replaced.
  public struct Replacement: Hashable, Sendable {
    /// When it was applied.
    public var time: Timestamp
    /// Who applied it (the reviewer).
    public var coder: Coder.ID
    /// The transcript.
    public var transcript: Transcript.ID
    /// The pseudonym's range in the anonymised text.
    public var range: TextRange
    /// The pseudonym.
    public var pseudonym: String
    /// What kind of detail it replaced.
    public var kind: IdentifierKind
    /// The text it replaced, exactly as it was written.
    public var original: String

    /// Creates a replacement record.
    public init(
      time: Timestamp, coder: Coder.ID, transcript: Transcript.ID, range: TextRange,
      pseudonym: String, kind: IdentifierKind, original: String
    ) {
      self.time = time
      self.coder = coder
      self.transcript = transcript
      self.range = range
      self.pseudonym = pseudonym
      self.kind = kind
      self.original = original
    }
  }

  /// The decisions, one per text, in the order they were first made.
  public var entries: [Entry]
  /// The replacements applied, oldest first.
  public var applied: [Replacement]

  /// Creates a key.
  public init(entries: [Entry] = [], applied: [Replacement] = []) {
    self.entries = entries
    self.applied = applied
  }

  /// The decision on a text, nil when none was made.
  public func entry(for text: String) -> Entry? { entries.first { $0.text == text } }

  /// Records a decision, replacing an earlier one on the same text.
  public mutating func decide(_ entry: Entry) {
    if let index = entries.firstIndex(where: { $0.text == entry.text }) {
      entries[index] = entry
    } else {
      entries.append(entry)
    }
  }

  /// The accepted texts and their pseudonyms.
  public var accepted: [(text: String, pseudonym: String, kind: IdentifierKind)] {
    entries.compactMap { entry in
      guard case .accept(let pseudonym) = entry.decision else { return nil }
      return (entry.text, pseudonym, entry.kind)
    }
  }

  /// The pseudonym to suggest next for a kind: one more than the highest of that kind in use
  /// (`[АДАМ-3]` after `[АДАМ-2]`), counting `reserved` ones too.
  public func suggestedPseudonym(
    for kind: IdentifierKind, reserved: Set<String> = []
  ) -> String {
    let used = Set(accepted.map(\.pseudonym)).union(reserved)
    var number = 1
    while used.contains(kind.pseudonym(number)) { number += 1 }
    return kind.pseudonym(number)
  }

  /// A pseudonym for each undecided lemma of the candidates, in order of first appearance, as
  /// accepting them all in that order would number them.
  public func suggestions(for candidates: [AnonymisationCandidate]) -> [String: String] {
    var suggestions: [String: String] = [:]
    for candidate in candidates where entry(for: candidate.lemma) == nil {
      guard suggestions[candidate.lemma] == nil else { continue }
      suggestions[candidate.lemma] = suggestedPseudonym(
        for: candidate.kind, reserved: Set(suggestions.values))
    }
    return suggestions
  }
}
