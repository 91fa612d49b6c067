import SarapCore

extension AppState {
  /// Opens the coder prompt instead of running a command that changes the project while nobody
  /// is named; nil when the command may run.
  mutating func askForCoder(before command: Command) -> Outcome? {
    guard coder == nil, !isReadOnly, changesProject(command) else { return nil }
    return askForCoder(then: .command(command))
  }

  /// Opens the coder prompt, prefilled with the current coder or the login name.
  mutating func askForCoder(then next: CoderPromptState.Next?) -> Outcome {
    push(.coderPrompt(CoderPromptState(suggestion: coder?.rawValue ?? loginName ?? "", next: next)))
    status = StatusMessage("Sarap records who codes: give your name once for this project")
    return .redraw
  }

  /// Checks the name typed into the prompt and asks the store to remember it; a name that cannot
  /// name a coder keeps the prompt open, saying why.
  mutating func confirmCoder(_ prompt: CoderPromptState) -> Outcome {
    do throws(Coder.NameProblem) {
      return Outcome(.redraw, effects: [.rememberCoder(try Coder.named(prompt.field.text))])
    } catch {
      var prompt = prompt
      prompt.problem = error.description
      replaceMode(.coderPrompt(prompt))
      return .redraw
    }
  }

  /// `:coder NAME`: codes as NAME from now on; `:coder` alone opens the prompt.
  mutating func nameCoder(_ name: String) -> Outcome {
    if let reason = Availability.editing(self) {
      status = .error(reason)
      return .redraw
    }
    guard !name.isEmpty else { return askForCoder(then: nil) }
    do throws(Coder.NameProblem) {
      return Outcome(.redraw, effects: [.rememberCoder(try Coder.named(name))])
    } catch {
      status = .error("Coder unchanged: \(error)")
      return .redraw
    }
  }

  /// The store remembered the coder: edits carry the name from now on, and whatever the prompt
  /// interrupted runs.
  mutating func coderRemembered(_ coder: Coder.ID, now: Timestamp) -> Outcome {
    self.coder = coder
    status = nil
    var outcome = Outcome.redraw
    if case .coderPrompt(let prompt) = mode {
      modes.removeLast()
      switch prompt.next {
      case .command(let command): outcome = perform(command, now: now)
      case .typed(let text): outcome = run(CommandLineState(.command, text: text), now: now)
      case nil: break
      }
      outcome.reaction.insert(.redraw)
    }
    if status == nil { status = StatusMessage("Coding as \(coder) (remembered for this project)") }
    return outcome
  }

  /// The name could not be remembered: the prompt stays open, saying why.
  mutating func coderNotRemembered(_ message: String) -> Outcome {
    guard case .coderPrompt(var prompt) = mode else {
      status = .error("Coder unchanged: \(message)")
      return .redraw
    }
    prompt.problem = "Not remembered: \(message)"
    replaceMode(.coderPrompt(prompt))
    return .redraw
  }

  /// Refuses an edit that reached the reducer while nobody is named (the prompt comes first, so
  /// this is a safety net: the store refuses such an edit too).
  mutating func refuseWithoutCoder() -> Outcome {
    status = .error("Not saved: nobody is named as coder (:coder NAME names you)")
    return .redraw
  }

  /// Whether a command, in the current mode, changes the project or starts a change.
  ///
  /// These need a coder, and read-only refuses them. Exhaustive, so a new command must be placed.
  func changesProject(_ command: Command) -> Bool {
    switch command {
    case .motion, .retrieval, .report: false
    case .screen(let command): command == .undo || command == .redo
    case .coding(let command): Self.changesProject(command)
    case .codebook: true
    case .revision(let command): Self.changesProject(command)
    case .agreement(let command): Self.changesProject(command)
    case .dialog(let command): command == .confirmChoice && mode == .review
    case .claims(let command): command == .claimFromRetrieval
    case .anonymisation(let command): command == .applyAnonymisation
    case .journal(let command): command != .showJournal
    }
  }

  private static func changesProject(_ command: Command.CodingCommand) -> Bool {
    switch command {
    case .codeSelection, .newCodeFromSelection, .removeCoding, .changeCoding, .editMemo,
      .repeatLastCode, .codeWithSelectedCode:
      true
    case .startSelection, .selectAnswer, .jumpToQuestion, .nextMatch, .previousMatch,
      .showCursorPanel:
      false
    }
  }

  private static func changesProject(_ command: Command.RevisionCommand) -> Bool {
    switch command {
    case .acceptFlagged, .removeFlagged, .moveStartLeft, .moveStartRight, .moveEndLeft,
      .moveEndRight:
      true
    case .previousRevisionPair, .nextRevisionPair, .showGuide, .goToGuideQuestion: false
    }
  }

  private static func changesProject(_ command: Command.AgreementCommand) -> Bool {
    switch command {
    case .adoptA, .adoptB, .adoptBoth, .adoptNeither: true
    case .agreementReport, .reviewDisagreements, .openDisagreement: false
    }
  }
}
