import SarapCore

extension AppState {
  /// Runs what was typed on the command line: a `/` search or a `:` command.
  mutating func run(_ line: CommandLineState, now: Timestamp) -> Outcome {
    let text = line.field.text.trimmed
    switch line.purpose {
    case .search:
      runSearch(text)
      return .redraw
    case .command:
      guard let command = TypedCommand(text) else {
        if !text.isEmpty { status = .error("Unknown command :\(text) (:help lists them)") }
        return .redraw
      }
      if command.changesProject, coder == nil, !isReadOnly {
        return askForCoder(then: .typed(text))
      }
      return run(command, now: now)
    }
  }

  private mutating func run(_ command: TypedCommand, now: Timestamp) -> Outcome {
    switch command {
    case .quit: return Outcome(.quit)
    case .undo, .redo:
      if let reason = Availability.editing(self) { return refuse(reason) }
      return .persist(command == .undo ? .undo : .redo)
    case .help: push(.help)
    case .memos: push(.picker(PickerState(.jumpToMemo, items: memoItems())))
    case .messages: push(.picker(PickerState(.messages, items: messageItems())))
    case .journal: return performJournalCommand(.showJournal)
    case .export(let path): return export(to: path)
    case .revise(let path): return revise(from: path)
    case .code(let id): return codeByCommand(id, now: now)
    case .open(let id):
      guard project.transcript(id) != nil else { return refuse("No transcript \(id)") }
      closeAllModes()
      focus = .reader
      openTranscript(id)
    case .question(let id): jumpToQuestion(id)
    case .retrieve(let query): retrieve(query)
    case .language(let language): self.language = language
    case .coder(let name): return nameCoder(name)
    case .codings(let coder):
      shownCoder = coder
      refreshOverlay()
      status = StatusMessage("Reader shows codings of \(coder?.rawValue ?? "every coder")")
    case .search(let text): runSearch(text)
    case .filter(let text): applyFilter(text)
    case .anonymise(let apply):
      return performAnonymisationCommand(apply ? .applyAnonymisation : .showAnonymisation, now: now)
    }
    return .redraw
  }

  private mutating func refuse(_ reason: String) -> Outcome {
    status = .error(reason)
    return .redraw
  }

  private mutating func codeByCommand(_ id: Code.ID, now: Timestamp) -> Outcome {
    if let reason = Availability.selection(self) { return refuse(reason) }
    guard project.codebook.contains(id) else { return refuse("No code \(id)") }
    guard let range = trimmedSelection else { return refuse("Only spaces are selected") }
    return applyCode(id, to: range, now: now)
  }
}
