import SarapCore
import SarapEngine

/// What the anonymisation screen reads from outside the project: the key's decisions and the
/// project's always/never list.
public struct AnonymisationDecisions: Hashable, Sendable {
  /// The key: a decision per text, and the replacements applied so far.
  public var key: AnonymisationKey
  /// The project's always/never list.
  public var list: AnonymisationList

  /// Creates the decisions.
  public init(key: AnonymisationKey = AnonymisationKey(), list: AnonymisationList = .init()) {
    self.key = key
    self.list = list
  }
}

/// One row of the anonymisation screen: every candidate with the same text, across transcripts.
public struct AnonymisationGroup: Hashable, Sendable {
  /// The text as decisions name it (the candidates' lemma).
  public var text: String
  /// What the first candidate found is.
  public var kind: IdentifierKind
  /// How many candidates have this text.
  public var count: Int
  /// The transcripts it occurs in, in project order.
  public var transcripts: [Transcript.ID]
  /// The transcript it occurs in first: Enter shows it in the reader.
  public var firstTranscript: Transcript.ID
  /// Where in ``firstTranscript`` it occurs first.
  public var firstRange: TextRange
  /// The decision the key holds for the text; nil while undecided.
  public var decision: AnonymisationKey.Decision?
  /// The pseudonym `a` would suggest.
  public var suggestion: String

  /// Groups the candidates of a scan by text, in order of first occurrence.
  public static func groups(
    _ candidates: [AnonymisationCandidate], key: AnonymisationKey
  ) -> [AnonymisationGroup] {
    let suggestions = key.suggestions(for: candidates)
    var order: [String] = []
    var groups: [String: AnonymisationGroup] = [:]
    for candidate in candidates {
      guard var group = groups[candidate.lemma] else {
        order.append(candidate.lemma)
        groups[candidate.lemma] = AnonymisationGroup(
          text: candidate.lemma, kind: candidate.kind, count: 1,
          transcripts: [candidate.transcript], firstTranscript: candidate.transcript,
          firstRange: candidate.range, decision: key.entry(for: candidate.lemma)?.decision,
          suggestion: suggestions[candidate.lemma] ?? key.suggestedPseudonym(for: candidate.kind))
        continue
      }
      group.count += 1
      if !group.transcripts.contains(candidate.transcript) {
        group.transcripts.append(candidate.transcript)
      }
      groups[candidate.lemma] = group
    }
    return order.compactMap { groups[$0] }
  }

  /// The decision in words, or the suggestion: `accept [АДАМ-1]`, `keep`, `suggest [ҚАЛА-1]`.
  public var decisionText: String {
    switch decision {
    case .accept(let pseudonym): "accept \(pseudonym)"
    case .keep: "keep"
    case .reject: "reject"
    case nil: "suggest \(suggestion)"
    }
  }
}

/// The anonymisation screen: the decisions read from the key, the grouped candidates, and the
/// selected row.
public struct AnonymisationState: Hashable, Sendable {
  /// The key and list as last read.
  public var decisions = AnonymisationDecisions()
  /// The candidates grouped by text.
  public var groups: [AnonymisationGroup] = []
  /// The selected group and scroll.
  public var list = ListPosition()
  /// Whether `:anonymise apply` waits for the key to be read before applying.
  public var applyAfterRead = false

  /// Creates an empty screen state.
  public init() {}
}
