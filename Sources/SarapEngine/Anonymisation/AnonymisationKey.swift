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

  /// The decision on one text, everywhere or in some transcripts.
  public struct Entry: Hashable, Sendable {
    /// The text (a candidate's lemma), as in the transcripts.
    public var text: String
    /// What it is.
    public var kind: IdentifierKind
    /// What was decided.
    public var decision: Decision
    /// The transcripts the decision is limited to, in order; empty for the text's default
    /// decision, which holds wherever no limited one does (a split: the same surname of two
    /// different people in two interviews).
    public var transcripts: [Transcript.ID]

    /// Creates an entry.
    public init(
      text: String, kind: IdentifierKind, decision: Decision, transcripts: [Transcript.ID] = []
    ) {
      self.text = text
      self.kind = kind
      self.decision = decision
      self.transcripts = transcripts
    }

    /// Whether the decision holds only in some transcripts.
    public var isScoped: Bool { !transcripts.isEmpty }
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
  /// The codings applies widened to a whole pseudonym, oldest first, for review.
  public var widened: [WidenedCoding]

  /// Creates a key.
  public init(entries: [Entry] = [], applied: [Replacement] = [], widened: [WidenedCoding] = []) {
    self.entries = entries
    self.applied = applied
    self.widened = widened
  }

  /// The default decision on a text (the one not limited to transcripts), nil when none was
  /// made.
  public func entry(for text: String) -> Entry? {
    entries.first { $0.text == text && !$0.isScoped }
  }

  /// The decision on a text in one transcript: the one limited to it, else the default.
  public func entry(for text: String, in transcript: Transcript.ID) -> Entry? {
    entries.first { $0.text == text && $0.transcripts.contains(transcript) } ?? entry(for: text)
  }

  /// Whether a text has a decision limited to some transcripts.
  public func isSplit(_ text: String) -> Bool {
    entries.contains { $0.text == text && $0.isScoped }
  }

  /// Records a decision, replacing an earlier one on the same text and transcripts.
  ///
  /// A default decision replaces the text's default and leaves its limited ones; a limited one
  /// takes its transcripts out of the text's other limited decisions (one decision per text and
  /// transcript).
  public mutating func decide(_ entry: Entry) {
    if let index = entries.firstIndex(where: {
      $0.text == entry.text && Set($0.transcripts) == Set(entry.transcripts)
    }) {
      entries[index] = entry
      return
    }
    if entry.isScoped {
      entries = entries.compactMap { other in
        guard other.text == entry.text, other.isScoped else { return other }
        var narrowed = other
        narrowed.transcripts.removeAll { entry.transcripts.contains($0) }
        return narrowed.isScoped ? narrowed : nil
      }
    }
    entries.append(entry)
  }

  /// Every accepted decision and its pseudonym, default and limited ones alike.
  public var accepted: [(text: String, pseudonym: String, kind: IdentifierKind)] {
    entries.compactMap { entry in
      guard case .accept(let pseudonym) = entry.decision else { return nil }
      return (entry.text, pseudonym, entry.kind)
    }
  }

  /// The texts accepted in one transcript and their pseudonyms: for each text, its decision
  /// limited to the transcript, else its default.
  public func accepted(in transcript: Transcript.ID)
    -> [(text: String, pseudonym: String, kind: IdentifierKind)]
  {
    var seen = Set<String>()
    return entries.compactMap { candidate in
      guard seen.insert(candidate.text).inserted,
        let entry = entry(for: candidate.text, in: transcript),
        case .accept(let pseudonym) = entry.decision
      else { return nil }
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
    for candidate in candidates where entry(for: candidate.lemma, in: candidate.transcript) == nil {
      guard suggestions[candidate.lemma] == nil else { continue }
      suggestions[candidate.lemma] = suggestedPseudonym(
        for: candidate.kind, reserved: Set(suggestions.values))
    }
    return suggestions
  }
}
