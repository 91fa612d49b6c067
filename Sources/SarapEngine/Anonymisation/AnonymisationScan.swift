import SarapCore

/// Finds the passages of a project's transcripts that may identify someone.
///
/// Every rule of ``AnonymisationRule/all`` runs on each transcript body, and the project list's
/// `always` terms are found as words. Of overlapping matches the longest is kept (on a tie, the
/// earlier rule in ``AnonymisationRule/Name``), a `capitalised` one only where no other rule
/// found anything (`Қозыбаевтың` is the surname `Қозыбаев` and an ending); candidates on the list's `never` terms are
/// dropped. A one-word candidate whose text is another candidate's text plus a Kazakh ending
/// (`Асқардың` beside `Асқар`) is narrowed to that text, so that both are decided together.
public enum AnonymisationScan {
  /// The candidates of the named transcripts (all when `transcripts` is empty), in transcript
  /// and text order.
  public static func candidates(
    in project: Project, transcripts: [Transcript.ID] = [], list: AnonymisationList = .init()
  ) -> [AnonymisationCandidate] {
    let chosen = project.transcripts.filter { transcripts.isEmpty || transcripts.contains($0.id) }
    let found = chosen.flatMap { candidates(in: $0, list: list) }
    return narrowedToStems(found)
  }

  /// The candidates of one transcript, in text order.
  public static func candidates(
    in transcript: Transcript, list: AnonymisationList = .init()
  ) -> [AnonymisationCandidate] {
    let text = ScanText(transcript.body.scalars)
    var matches: [(match: AnonymisationRule.Match, rule: AnonymisationRule.Name)] = []
    for term in list.always {
      for range in TermOccurrences.ranges(of: term.text, in: text.scalars) {
        matches.append((.init(range: range, kind: term.kind, lemma: term.text), .always))
      }
    }
    for rule in AnonymisationRule.all {
      matches += rule.find(text).map { ($0, rule.name) }
    }
    return resolved(matches).compactMap { match, rule in
      let passage = text.string(match.range)
      let lemma = match.lemma ?? normalised(passage)
      guard !list.never.contains(lemma), !list.never.contains(passage) else { return nil }
      return AnonymisationCandidate(
        transcript: transcript.id, range: match.range, text: passage, lemma: lemma,
        kind: match.kind, rule: rule)
    }
  }

  /// The text with each run of white space made one space.
  static func normalised(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Keeps the longest of overlapping matches (the earlier rule on a tie), in text order.
  private static func resolved(
    _ matches: [(match: AnonymisationRule.Match, rule: AnonymisationRule.Name)]
  ) -> [(match: AnonymisationRule.Match, rule: AnonymisationRule.Name)] {
    let ranked = matches.filter { !$0.match.range.isEmpty }.sorted { a, b in
      (a.rule == .capitalised ? 1 : 0, -a.match.range.length, a.rule, a.match.range.start)
        < (b.rule == .capitalised ? 1 : 0, -b.match.range.length, b.rule, b.match.range.start)
    }
    var kept: [(match: AnonymisationRule.Match, rule: AnonymisationRule.Name)] = []
    for candidate in ranked
    where !kept.contains(where: { $0.match.range.overlaps(candidate.match.range) }) {
      kept.append(candidate)
    }
    return kept.sorted { $0.match.range.start < $1.match.range.start }
  }

  /// One-word candidates narrowed to another candidate's text when they are it plus endings.
  static func narrowedToStems(
    _ candidates: [AnonymisationCandidate]
  ) -> [AnonymisationCandidate] {
    let lemmas = Set(candidates.map(\.lemma))
    return candidates.map { candidate in
      guard !candidate.lemma.contains(" ") else { return candidate }
      let stem = WordForms.stems(of: candidate.lemma).dropFirst().map(\.stem).first {
        lemmas.contains($0)
      }
      guard let stem, candidate.text == candidate.lemma else { return candidate }
      var narrowed = candidate
      narrowed.range = TextRange(
        start: candidate.range.start, end: candidate.range.start + stem.unicodeScalars.count)
      narrowed.text = stem
      narrowed.lemma = stem
      return narrowed
    }
  }
}
