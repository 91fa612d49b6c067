import SarapCore

extension CodedCorpus {
  /// Checks every claim of the project's ledger against the codings the filter keeps.
  ///
  /// Each claim's evidence is ``retrieve(_:where:)`` of its query, narrowed by the claim's
  /// `question:` and `attribute:` scope lines on top of `filter` (its coders). A `more-than`
  /// claim needs one unit more than the claim it names has.
  ///
  /// - Returns: One verdict per claim, in ledger order.
  public func verdicts(where filter: SegmentFilter = .all) -> [ClaimVerdict] {
    var cache: [Claim.ID: ClaimVerdict] = [:]
    return project.claims.claims.map { verdict(for: $0, where: filter, cache: &cache, depth: 0) }
  }

  /// Checks one claim of the project's ledger (with the claims it compares itself to).
  public func verdict(for claim: Claim, where filter: SegmentFilter = .all) -> ClaimVerdict {
    var cache: [Claim.ID: ClaimVerdict] = [:]
    return verdict(for: claim, where: filter, cache: &cache, depth: 0)
  }

  private func verdict(
    for claim: Claim, where filter: SegmentFilter, cache: inout [Claim.ID: ClaimVerdict],
    depth: Int
  ) -> ClaimVerdict {
    if let known = cache[claim.id] { return known }
    let scope = claimFilter(claim, within: filter)
    let of = units(claim.unit, where: scope)
    let evidence: [RetrievalHit]
    do {
      evidence = retrieve(try Query.parse(claim.query, in: project.codebook), where: scope)
    } catch {
      return invalid(claim, of: of, "query: \(error.message) (column \(error.column))")
    }
    let transcripts = orderedTranscripts(of: evidence)
    let count = claim.unit == .transcripts ? transcripts.count : evidence.count
    let requirement: ClaimRequirement
    switch claim.quantifier {
    case .threshold(let threshold):
      requirement = Self.requirement(threshold, of: of, quantifier: claim.quantifier.description)
    case .word(let word):
      guard let threshold = project.claims.threshold(for: word) else {
        return invalid(claim, of: of, "unknown quantifier '\(word)'")
      }
      requirement = Self.requirement(threshold, of: of, quantifier: word)
    case .moreThan(let otherID):
      guard let other = project.claims.claim(otherID), depth < project.claims.claims.count else {
        return invalid(claim, of: of, "more-than names no claim '\(otherID)' or makes a cycle")
      }
      let base = verdict(for: other, where: filter, cache: &cache, depth: depth + 1)
      if let problem = base.problem {
        return invalid(claim, of: of, "more-than \(otherID), which cannot be checked: \(problem)")
      }
      requirement = ClaimRequirement(
        minimum: base.count + 1, maximum: nil, quantifier: "more than \(otherID) (\(base.count))")
    }
    let result = ClaimVerdict(
      claim: claim, count: count, of: of, requirement: requirement, transcripts: transcripts,
      evidence: evidence, problem: nil)
    cache[claim.id] = result
    return result
  }

  private func invalid(_ claim: Claim, of: Int, _ problem: String) -> ClaimVerdict {
    ClaimVerdict(
      claim: claim, count: 0, of: of,
      requirement: ClaimRequirement(
        minimum: 0, maximum: nil, quantifier: claim.quantifier.description),
      transcripts: [], evidence: [], problem: problem)
  }

  /// The filter with the claim's scope lines added.
  func claimFilter(_ claim: Claim, within filter: SegmentFilter) -> SegmentFilter {
    var scope = filter
    if !claim.questions.isEmpty {
      let questions = Set(claim.questions)
      scope.questions = filter.questions.map { $0.intersection(questions) } ?? questions
    }
    scope.attributes += claim.attributes.map { AttributeCondition(name: $0.name, value: $0.value) }
    return scope
  }

  /// The units in scope: transcripts the filter keeps, or distinct coded segments it keeps.
  func units(_ unit: ClaimUnit, where filter: SegmentFilter) -> Int {
    let slots = transcriptSlots(where: filter)
    guard unit == .segments else { return slots.count }
    return slots.reduce(0) { total, slot in
      total + Set(segments(inTranscript: slot, where: filter).map(\.range)).count
    }
  }

  private func orderedTranscripts(of hits: [RetrievalHit]) -> [Transcript.ID] {
    var seen: Set<Transcript.ID> = []
    return hits.compactMap { seen.insert($0.transcript).inserted ? $0.transcript : nil }
  }

  /// The counts a threshold accepts out of `of` units; a share of no units is never met.
  static func requirement(_ threshold: Threshold, of: Int, quantifier: String) -> ClaimRequirement {
    switch threshold {
    case .atLeast(let number):
      ClaimRequirement(minimum: number, maximum: nil, quantifier: quantifier)
    case .atMost(let number): ClaimRequirement(minimum: 0, maximum: number, quantifier: quantifier)
    case .exactly(let number):
      ClaimRequirement(minimum: number, maximum: number, quantifier: quantifier)
    case .share(let percent):
      ClaimRequirement(
        minimum: max(1, (percent * of + 99) / 100), maximum: nil, quantifier: quantifier)
    case .over(let percent):
      ClaimRequirement(
        minimum: max(1, percent * of / 100 + 1), maximum: nil, quantifier: quantifier)
    }
  }
}
