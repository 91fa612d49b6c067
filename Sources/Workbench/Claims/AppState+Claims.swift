import SarapCore
import SarapEngine

extension AppState {
  /// The claims screen's commands and the retrieval screen's `n`.
  mutating func performClaimCommand(_ command: Command.ClaimCommand) -> Outcome {
    switch (command, mode) {
    case (.showClaims, _): push(.claims)
    case (.listEvidence, .claims): listEvidence()
    case (.claimFromRetrieval, .retrieval) where !retrieval.query.isEmpty:
      push(.textEditor(TextEditorState(.newClaim(query: retrieval.query), text: "")))
    default: return .none
    }
    return .redraw
  }

  /// The verdict of the claim selected on the claims screen.
  var selectedClaimVerdict: ClaimVerdict? {
    let verdicts = analysis.claimVerdicts
    return verdicts.indices.contains(claimsList.selected) ? verdicts[claimsList.selected] : nil
  }

  /// j/k/g/G and paging on the claims screen: the selected claim.
  mutating func moveClaim(_ motion: Command.Motion) -> Outcome {
    claimsList = Self.moved(
      claimsList, motion, count: analysis.claimVerdicts.count,
      rows: ClaimsScreen.listRows(height: size.height - 2))
    return .redraw
  }

  /// Keeps the claims screen's selection inside the ledger after the project changed.
  mutating func refreshClaimsList() {
    claimsList.move(
      by: 0, count: analysis.claimVerdicts.count,
      visibleRows: ClaimsScreen.listRows(height: size.height - 2))
  }

  /// Re-lists a claim's evidence after the project changed; an empty retrieval when the claim is
  /// gone or can no longer be checked.
  mutating func refreshEvidence(of id: Claim.ID) {
    guard let verdict = analysis.claimVerdicts.first(where: { $0.claim.id == id }),
      verdict.problem == nil
    else {
      retrieval = RetrievalState()
      return
    }
    retrieval.query = verdict.claim.query
    retrieval.hits = verdict.evidence
    retrieval.list.move(
      by: 0, count: retrieval.hits.count, visibleRows: visibleRows(forListIn: nil))
  }

  /// Enter on the claims screen: the selected claim's evidence (its query within its scope) on
  /// the retrieval screen, where Enter on a segment jumps to it.
  private mutating func listEvidence() {
    guard let verdict = selectedClaimVerdict else { return }
    if let problem = verdict.problem {
      status = .error("\(verdict.claim.id) cannot be checked: \(problem)")
      return
    }
    retrieval = RetrievalState(
      query: verdict.claim.query, hits: verdict.evidence, claim: verdict.claim.id)
    push(.retrieval)
    status = StatusMessage(
      "\(verdict.claim.id) \(verdict.verdictText): \(verdict.count) of \(verdict.of) "
        + "(\(verdict.requirement)), \(verdict.marginText)")
  }

  /// The edit that adds a claim with the typed wording whose evidence is `query`, as
  /// `sarap claims add` would: the whole ledger replaced, undoable as one edit.
  func newClaim(query: String, wording: String) -> (ProjectEdit, String)? {
    let words = wording.split(whereSeparator: \.isWhitespace)
    guard !words.isEmpty else { return nil }
    let text = words.joined(separator: " ")
    let claim = Claim.drafted(id: project.claims.nextID, wording: text, query: query)
    var ledger = project.claims
    ledger.insert(claim)
    return (
      .replaceClaims(old: project.claims, new: ledger),
      "add claim \(claim.id) (\(claim.quantifier)): \(query)"
    )
  }
}
