import SarapCore

/// The accepted replacements of a project, as one transcript revision per transcript.
///
/// Every occurrence of an accepted text (found by the scan, or as a word anywhere; a number only
/// where the scan finds it, ``isContextual(_:_:)``) is replaced by its pseudonym. Codings and excerpt records are re-anchored exactly
/// (``AnonymisedTranscript``); ``edit`` makes the whole plan one undoable step.
public struct AnonymisationPlan: Hashable, Sendable {
  /// The history summary of every anonymisation edit starts with this word; the store keeps no
  /// copy of the replaced texts for such edits (they hold the originals).
  public static let summaryPrefix = "anonymise"

  /// The transcripts that change, in project order.
  public var transcripts: [AnonymisedTranscript]

  /// Plans the accepted replacements of `key` in every transcript of the project; a decision
  /// limited to some transcripts holds there, the text's default elsewhere.
  public init(project: Project, key: AnonymisationKey, list: AnonymisationList = .init()) {
    guard !key.accepted.isEmpty else {
      transcripts = []
      return
    }
    transcripts = project.transcripts.compactMap { transcript in
      let accepted = key.accepted(in: transcript.id)
      guard !accepted.isEmpty else { return nil }
      let pseudonyms = Dictionary(
        accepted.map { ($0.text, ($0.pseudonym, $0.kind)) }, uniquingKeysWith: { a, _ in a })
      let candidates = AnonymisationScan.candidates(in: transcript, list: list)
      var found: [AnonymisedTranscript.Replacement] = []
      for candidate in candidates {
        guard let (pseudonym, kind) = pseudonyms[candidate.lemma] else { continue }
        found.append(.init(range: candidate.range, pseudonym: pseudonym, kind: kind))
      }
      for (text, pseudonym, kind) in accepted where !Self.isContextual(text, kind) {
        for range in TermOccurrences.ranges(of: text, in: transcript.body.scalars) {
          found.append(.init(range: range, pseudonym: pseudonym, kind: kind))
        }
      }
      let replacements = Self.resolved(found)
      guard !replacements.isEmpty else { return nil }
      return AnonymisedTranscript(
        old: transcript, replacements: replacements,
        codings: project.codings.filter { $0.transcript == transcript.id })
    }
  }

  /// Whether a text identifies only where a rule found it.
  ///
  /// An age or years of service (`47`), or any text of digits alone. Such a text is replaced only where the scan finds it, never as
  /// a word elsewhere (`47 адам` is not an age).
  public static func isContextual(_ text: String, _ kind: IdentifierKind) -> Bool {
    kind == .age || kind == .service || text.unicodeScalars.allSatisfy(ScanText.isDigit)
  }

  /// Keeps the longest of overlapping replacements, in text order.
  private static func resolved(
    _ found: [AnonymisedTranscript.Replacement]
  ) -> [AnonymisedTranscript.Replacement] {
    var kept: [AnonymisedTranscript.Replacement] = []
    for replacement in found.sorted(by: {
      ($0.range.length, -$0.range.start) > ($1.range.length, -$1.range.start)
    }) where !kept.contains(where: { $0.range.overlaps(replacement.range) }) {
      kept.append(replacement)
    }
    return kept.sorted { $0.range.start < $1.range.start }
  }

  /// Whether nothing would change.
  public var isEmpty: Bool { transcripts.isEmpty }

  /// The one undoable edit: each transcript's codings taken off, its text replaced, and its
  /// re-anchored codings added.
  public var edit: ProjectEdit { .batch(transcripts.map(\.edit)) }

  /// A one-line account for the undo history; starts with ``summaryPrefix``.
  public var summary: String {
    let count = transcripts.map(\.replacements.count).reduce(0, +)
    return "\(Self.summaryPrefix) \(transcripts.map(\.new.id.rawValue).joined(separator: " ")): "
      + "\(count) replacement(s)"
  }

  /// The replacements as key records (with the pseudonyms' ranges in the new texts).
  public func records(time: Timestamp, coder: Coder.ID) -> [AnonymisationKey.Replacement] {
    transcripts.flatMap { transcript in
      zip(transcript.replacements, transcript.newRanges).map { replacement, range in
        AnonymisationKey.Replacement(
          time: time, coder: coder, transcript: transcript.new.id, range: range,
          pseudonym: replacement.pseudonym, kind: replacement.kind,
          original: transcript.old.body[replacement.range])
      }
    }
  }
}
