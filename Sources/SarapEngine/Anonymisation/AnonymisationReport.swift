import SarapCore

/// The figures of an anonymisation for an ethics appendix.
///
/// What was replaced, by kind and by
/// transcript, who reviewed it and when, and which rules looked. It holds no original text.
public struct AnonymisationReport: Hashable, Sendable {
  /// Replacements in effect, by transcript and kind.
  public var counts: [Transcript.ID: [IdentifierKind: Int]]
  /// Distinct texts replaced, by kind.
  public var distinctTexts: [IdentifierKind: Int]
  /// How many texts were accepted, kept and rejected.
  public var decisions: (accepted: Int, kept: Int, rejected: Int)
  /// Candidates of the current texts no decision covers.
  public var undecided: Int
  /// The transcripts scanned, in project order.
  public var transcripts: [Transcript.ID]
  /// The reviewers who applied the replacements in effect.
  public var reviewers: [Coder.ID]
  /// The latest time replacements in effect were applied.
  public var appliedAt: Timestamp?

  /// The figures for a project, its key and its list.
  ///
  /// Only replacements still in effect count: a record whose pseudonym no longer stands at its
  /// range (the apply was undone) is left out.
  public init(project: Project, key: AnonymisationKey, list: AnonymisationList) {
    let inEffect = key.applied.filter { record in
      guard let transcript = project.transcript(record.transcript),
        transcript.body.contains(record.range)
      else { return false }
      return transcript.body[record.range] == record.pseudonym
    }
    var counts: [Transcript.ID: [IdentifierKind: Int]] = [:]
    var texts: [IdentifierKind: Set<String>] = [:]
    for record in inEffect {
      counts[record.transcript, default: [:]][record.kind, default: 0] += 1
      texts[record.kind, default: []].insert(record.original)
    }
    self.counts = counts
    distinctTexts = texts.mapValues(\.count)
    var tally = (accepted: 0, kept: 0, rejected: 0)
    for entry in key.entries {
      switch entry.decision {
      case .accept: tally.accepted += 1
      case .keep: tally.kept += 1
      case .reject: tally.rejected += 1
      }
    }
    decisions = tally
    let candidates = AnonymisationScan.candidates(in: project, list: list)
    undecided =
      Set(
        candidates.filter { key.entry(for: $0.lemma, in: $0.transcript) == nil }.map(\.lemma)
      ).count
    transcripts = project.transcripts.map(\.id)
    reviewers = Array(Set(inEffect.map(\.coder))).sorted { $0.rawValue < $1.rawValue }
    appliedAt = inEffect.map(\.time).max { $0.rawValue < $1.rawValue }
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.counts == rhs.counts && lhs.distinctTexts == rhs.distinctTexts
      && lhs.decisions == rhs.decisions && lhs.undecided == rhs.undecided
      && lhs.reviewers == rhs.reviewers && lhs.appliedAt == rhs.appliedAt
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(counts) }

  /// The total of replacements in effect.
  public var total: Int { counts.values.flatMap(\.values).reduce(0, +) }
}
