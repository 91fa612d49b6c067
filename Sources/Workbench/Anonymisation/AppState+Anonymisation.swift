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
      push(
        .textEditor(
          TextEditorState(.pseudonym(group.text, group.kind, group.scope), text: pseudonym)))
      return .redraw
    case .keepCandidate: return decide(group, .keep)
    case .rejectCandidate: return decide(group, .reject)
    case .showCandidate: return showOccurrences(of: group)
    case .splitCandidate: return split(group)
    case .showAnonymisation, .applyAnonymisation: return .none
    }
  }

  /// Enter: the group's occurrences in one of its transcripts become the reader's search
  /// matches (`n`/`N` step through them), the cursor on the first; Enter again on the same text
  /// shows its next transcript.
  private mutating func showOccurrences(of group: AnonymisationGroup) -> Outcome {
    let transcripts = group.transcripts
    let next =
      anonymisation.shown[group.text].flatMap { transcripts.firstIndex(of: $0) }
      .map { transcripts[($0 + 1) % transcripts.count] } ?? transcripts[0]
    anonymisation.shown[group.text] = next
    let ranges = anonymisation.candidates.filter {
      $0.transcript == next && $0.lemma == group.text
    }.map(\.range)
    closeAllModes()
    focus = .reader
    openTranscript(next, at: ranges.first?.start ?? group.firstRange.start)
    search = SearchState(query: group.text, matches: ranges, current: ranges.isEmpty ? nil : 0)
    let place =
      transcripts.count > 1
      ? " (transcript \((transcripts.firstIndex(of: next) ?? 0) + 1) of \(transcripts.count): "
        + "Enter on the screen again shows the next)" : ""
    status = StatusMessage(
      "\(group.text): occurrence 1 of \(ranges.count) in \(next), n/N steps\(place)")
    return .redraw
  }

  /// `s`: a text in several transcripts gets one row per transcript, each decided on its own
  /// (the same surname of two different people).
  private mutating func split(_ group: AnonymisationGroup) -> Outcome {
    guard !group.isSplit else {
      status = .error("'\(group.text)' is split already: each row is one transcript")
      return .redraw
    }
    guard group.transcripts.count > 1 else {
      status = .error("'\(group.text)' occurs in one transcript only: nothing to split")
      return .redraw
    }
    anonymisation.split.insert(group.text)
    regroupAnonymisation()
    status = StatusMessage(
      "Split '\(group.text)' into \(group.transcripts.count) rows: each transcript's decision "
        + "is its own; the text's decision before the split holds until then")
    return .redraw
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

  /// Regroups the project's candidates with the decisions last read (scanning only transcripts
  /// whose text changed) and keeps the selection inside the list.
  mutating func regroupAnonymisation() {
    anonymisation.candidates = anonymisation.scan.candidates(
      in: project, list: anonymisation.decisions.list)
    anonymisation.groups = AnonymisationGroup.groups(
      anonymisation.candidates, key: anonymisation.decisions.key, split: anonymisation.split)
    anonymisation.list.move(
      by: 0, count: anonymisation.groups.count,
      visibleRows: AnonymisationScreen.listRows(height: size.height - 2))
  }

  /// Accepts the selected text with the pseudonym typed in the editor (Ctrl-S).
  mutating func acceptPseudonym(
    _ text: String, _ kind: IdentifierKind, scope: [Transcript.ID] = [], typed: String
  ) -> Outcome {
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
    status = StatusMessage("Accepted '\(text)'\(Self.place(scope)) as \(pseudonym); A applies")
    return Outcome(
      .redraw,
      effects: [
        .decideAnonymisation(
          .init(
            text: text, kind: kind, decision: .accept(pseudonym: pseudonym), transcripts: scope))
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
    status = StatusMessage(
      "\(word) '\(group.text)'\(Self.place(group.scope)) (\(group.count) occurrence(s))")
    return Outcome(
      .redraw,
      effects: [
        .decideAnonymisation(
          .init(text: group.text, kind: group.kind, decision: decision, transcripts: group.scope))
      ]
    )
  }

  /// ` in R03` for a split row's decision, nothing for one that holds everywhere.
  private static func place(_ scope: [Transcript.ID]) -> String {
    scope.isEmpty ? "" : " in " + scope.map(\.rawValue).joined(separator: " ")
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
    let records = plan.keyRecords(time: now, coder: coder)
    return Outcome(
      .redraw, effects: [.applyAnonymisation(plan, records: records), .readAnonymisation])
  }
}
