import SarapCore
import SarapEngine

extension AppState {
  /// The anonymisation screen's commands.
  mutating func performAnonymisationCommand(
    _ command: Command.AnonymisationCommand, now: Timestamp
  ) -> Outcome {
    switch (command, mode) {
    case (.showAnonymisation, _): return showAnonymisation()
    case (.applyAnonymisation, .anonymisation): return applyAnonymisation(now: now)
    case (.applyAnonymisation, _):
      // Typed elsewhere: the screen opens, and the apply runs on the decisions it reads.
      anonymisation.applyAfterRead = true
      return showAnonymisation()
    case (_, .anonymisation): break
    default: return .none
    }
    guard let group = selectedAnonymisationGroup else { return .redraw }
    switch command {
    case .acceptCandidate:
      let pseudonym: String
      if case .accept(let earlier) = group.decision {
        pseudonym = earlier
      } else {
        pseudonym = group.suggestion
      }
      push(.textEditor(TextEditorState(.pseudonym(group.text, group.kind), text: pseudonym)))
      return .redraw
    case .keepCandidate: return decide(group, .keep)
    case .rejectCandidate: return decide(group, .reject)
    case .showCandidate:
      closeAllModes()
      focus = .reader
      openTranscript(group.firstTranscript, at: group.firstRange.start)
      status = StatusMessage("\(group.text): first of \(group.count) in \(group.firstTranscript)")
      return .redraw
    case .showAnonymisation, .applyAnonymisation: return .none
    }
  }

  /// The group selected on the anonymisation screen.
  var selectedAnonymisationGroup: AnonymisationGroup? {
    let groups = anonymisation.groups
    return groups.indices.contains(anonymisation.list.selected)
      ? groups[anonymisation.list.selected] : nil
  }

  /// j/k-less motion on the anonymisation screen (`k` keeps): the selected group.
  mutating func moveAnonymisationGroup(_ motion: Command.Motion) -> Outcome {
    anonymisation.list = Self.moved(
      anonymisation.list, motion, count: anonymisation.groups.count,
      rows: AnonymisationScreen.listRows(height: size.height - 2))
    return .redraw
  }

  /// The key and list were read: the candidates of the project as it is now, grouped by text.
  mutating func anonymisationRead(_ decisions: AnonymisationDecisions, now: Timestamp) -> Outcome {
    anonymisation.decisions = decisions
    regroupAnonymisation()
    if status?.text.hasPrefix("Scanning") == true { status = nil }
    guard anonymisation.applyAfterRead else { return .redraw }
    anonymisation.applyAfterRead = false
    return applyAnonymisation(now: now)
  }

  /// Rescans the project with the decisions last read and keeps the selection inside the list.
  mutating func regroupAnonymisation() {
    let candidates = AnonymisationScan.candidates(in: project, list: anonymisation.decisions.list)
    anonymisation.groups = AnonymisationGroup.groups(
      candidates, key: anonymisation.decisions.key)
    anonymisation.list.move(
      by: 0, count: anonymisation.groups.count,
      visibleRows: AnonymisationScreen.listRows(height: size.height - 2))
  }

  /// Accepts the selected text with the pseudonym typed in the editor (Ctrl-S).
  mutating func acceptPseudonym(_ text: String, _ kind: IdentifierKind, typed: String) -> Outcome {
    let pseudonym = typed.trimmed
    guard !pseudonym.isEmpty, !pseudonym.contains(where: \.isNewline), !pseudonym.contains("\t")
    else {
      status = .error("Not accepted: a pseudonym is one line of text")
      return .redraw
    }
    guard pseudonym != text else {
      status = .error("Not accepted: the pseudonym is the text itself")
      return .redraw
    }
    status = StatusMessage("Accepted '\(text)' as \(pseudonym); A applies")
    return Outcome(
      .redraw,
      effects: [
        .decideAnonymisation(.init(text: text, kind: kind, decision: .accept(pseudonym: pseudonym)))
      ]
    )
  }

  private mutating func showAnonymisation() -> Outcome {
    if mode != .anonymisation { push(.anonymisation) }
    status = StatusMessage("Scanning for identifying text (the key is read from the project)")
    return Outcome(.redraw, effects: [.readAnonymisation])
  }

  private mutating func decide(
    _ group: AnonymisationGroup, _ decision: AnonymisationKey.Decision
  ) -> Outcome {
    let word = decision == .keep ? "Kept" : "Rejected"
    status = StatusMessage("\(word) '\(group.text)' (\(group.count) occurrence(s))")
    return Outcome(
      .redraw,
      effects: [.decideAnonymisation(.init(text: group.text, kind: group.kind, decision: decision))]
    )
  }

  /// `A` or `:anonymise apply`: every accepted text replaced, as `sarap anonymise apply` does.
  private mutating func applyAnonymisation(now: Timestamp) -> Outcome {
    if let reason = Availability.editing(self) {
      status = .error(reason)
      return .redraw
    }
    guard let coder else { return refuseWithoutCoder() }
    let decisions = anonymisation.decisions
    let plan = AnonymisationPlan(project: project, key: decisions.key, list: decisions.list)
    guard !plan.isEmpty else {
      status = .error(
        decisions.key.accepted.isEmpty
          ? "Nothing to apply: no text is accepted (a accepts)"
          : "Nothing to apply: no accepted text occurs in the transcripts")
      return .redraw
    }
    let records = plan.records(time: now, coder: coder)
    return Outcome(
      .redraw, effects: [.applyAnonymisation(plan, records: records), .readAnonymisation])
  }
}
