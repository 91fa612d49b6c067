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

/// One row of the anonymisation screen: every candidate with the same text, across transcripts,
/// or, for a text split between transcripts, in one transcript.
public struct AnonymisationGroup: Hashable, Sendable {
  /// The text as decisions name it (the candidates' lemma).
  public var text: String
  /// What the first candidate found is.
  public var kind: IdentifierKind
  /// How many candidates have this text (in ``scope`` when split).
  public var count: Int
  /// The transcripts it occurs in, in project order.
  public var transcripts: [Transcript.ID]
  /// The transcript it occurs in first.
  public var firstTranscript: Transcript.ID
  /// Where in ``firstTranscript`` it occurs first.
  public var firstRange: TextRange
  /// The transcript a split row is limited to, and its decisions with it; empty for a row
  /// that holds the text everywhere.
  public var scope: [Transcript.ID]
  /// The decision the key holds for the text (in ``scope``); nil while undecided.
  public var decision: AnonymisationKey.Decision?
  /// The pseudonym `a` would suggest.
  public var suggestion: String

  /// Groups the candidates of a scan by text, in order of first occurrence; a text in `split`
  /// or with a decision limited to transcripts gets one row per transcript, the rows together.
  public static func groups(
    _ candidates: [AnonymisationCandidate], key: AnonymisationKey, split: Set<String> = []
  ) -> [AnonymisationGroup] {
    var lemmas: [String] = []
    var order: [String: [String]] = [:]
    var groups: [String: AnonymisationGroup] = [:]
    for candidate in candidates {
      let isSplit = split.contains(candidate.lemma) || key.isSplit(candidate.lemma)
      let scope = isSplit ? [candidate.transcript] : []
      let id = candidate.lemma + (isSplit ? "\u{0}" + candidate.transcript.rawValue : "")
      guard var group = groups[id] else {
        if order[candidate.lemma] == nil { lemmas.append(candidate.lemma) }
        order[candidate.lemma, default: []].append(id)
        groups[id] = AnonymisationGroup(
          text: candidate.lemma, kind: candidate.kind, count: 1,
          transcripts: [candidate.transcript], firstTranscript: candidate.transcript,
          firstRange: candidate.range, scope: scope,
          decision: key.entry(for: candidate.lemma, in: candidate.transcript)?.decision,
          suggestion: "")
        continue
      }
      group.count += 1
      if !group.transcripts.contains(candidate.transcript) {
        group.transcripts.append(candidate.transcript)
      }
      groups[id] = group
    }
    var reserved = Set<String>()
    return lemmas.flatMap { order[$0] ?? [] }.compactMap { id in
      guard var group = groups[id] else { return nil }
      group.suggestion = key.suggestedPseudonym(for: group.kind, reserved: reserved)
      if group.decision == nil { reserved.insert(group.suggestion) }
      return group
    }
  }

  /// Whether the row is one transcript's part of a split text.
  public var isSplit: Bool { !scope.isEmpty }

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
  /// The texts split on the screen (`s`) that have no decision limited to a transcript yet.
  public var split: Set<String> = []
  /// The candidates of the last scan, in transcript and text order.
  public var candidates: [AnonymisationCandidate] = []
  /// The transcript Enter showed last for a text: Enter again shows the next one.
  public var shown: [String: Transcript.ID] = [:]
  /// The candidates found so far: a decision regroups them without a scan, and only a
  /// transcript whose text changed (an apply, an undo) is scanned again.
  public var scan = AnonymisationScanCache()

  /// Creates an empty screen state.
  public init() {}
}
