/// Why a command cannot run now: the disabled reasons of the binding table, in one place.
///
/// Each function answers nil when the command can run, else one sentence saying why and what to
/// do instead; the status line shows it when the key is pressed.
enum Availability {
  @Sendable static func editing(_ state: AppState) -> String? {
    state.isReadOnly ? "Read-only: the project was opened with --read-only" : nil
  }

  @Sendable static func ownJournalEntry(_ state: AppState) -> String? {
    if let reason = editing(state) { return reason }
    guard let coder = state.coder, state.project.journal.lastEntry(by: coder) == nil else {
      return nil
    }
    return "You have no journal entry to edit: a adds one"
  }

  @Sendable static func guideQuestion(_ state: AppState) -> String? {
    if !state.showsGuideInForce {
      return "Tab shows the guide in force, where Enter goes to a question"
    }
    return state.reader.document == nil
      ? "No transcript is open: open one, and Enter goes to the question in it" : nil
  }

  @Sendable static func selection(_ state: AppState) -> String? {
    editing(state) ?? (state.reader.selection == nil ? "Nothing selected: press v first" : nil)
  }

  @Sendable static func codingUnderCursor(_ state: AppState) -> String? {
    if let reason = editing(state) { return reason }
    return state.codingUnderCursor == nil ? "None of your codings is under the cursor" : nil
  }

  @Sendable static func answerUnderCursor(_ state: AppState) -> String? {
    state.reader.document?.answer(containing: state.reader.cursor) == nil
      ? "The cursor is not in an answer" : nil
  }

  @Sendable static func searchMatches(_ state: AppState) -> String? {
    if state.search.query.isEmpty { return "No search yet: press / to search" }
    return state.search.matches.isEmpty ? "No match for \"\(state.search.query)\"" : nil
  }

  @Sendable static func codeSelected(_ state: AppState) -> String? {
    state.selectedCode == nil ? "The codebook is empty: press n to add a code" : nil
  }

  @Sendable static func codeEditing(_ state: AppState) -> String? {
    editing(state) ?? codeSelected(state)
  }

  @Sendable static func retrievalHit(_ state: AppState) -> String? {
    state.retrieval.hits.isEmpty ? "Nothing retrieved: press c to choose a code" : nil
  }

  @Sendable static func retrievalQuery(_ state: AppState) -> String? {
    state.retrieval.query.isEmpty ? "Choose a first code with c" : nil
  }

  @Sendable static func claimSelected(_ state: AppState) -> String? {
    state.selectedClaimVerdict == nil
      ? "No claims yet: on the retrieval screen, n turns the query into a claim" : nil
  }

  @Sendable static func newClaim(_ state: AppState) -> String? {
    if let reason = editing(state) ?? retrievalQuery(state) { return reason }
    return state.retrieval.claim.map { "These segments are \($0)'s evidence already" }
  }

  @Sendable static func reportUnit(_ state: AppState) -> String? {
    let kind = state.reports.kind
    return kind.definition.settings.isDisjoint(with: [.unit, .cell, .agreementUnit])
      ? "\(kind.title) have no unit; t switches between codes and themes" : nil
  }

  @Sendable static func agreementShown(_ state: AppState) -> String? {
    state.reports.kind == .agreement ? nil : "Enter lists disagreements on the agreement report (4)"
  }

  @Sendable static func disagreement(_ state: AppState) -> String? {
    editing(state)
      ?? (state.selectedDisagreement == nil ? "No disagreement here: the coders agree" : nil)
  }

  @Sendable static func pickerChoice(_ state: AppState) -> String? {
    guard case .picker(let picker) = state.mode else { return nil }
    return picker.visible.isEmpty ? "Nothing matches \"\(picker.query.text)\"" : nil
  }
}
