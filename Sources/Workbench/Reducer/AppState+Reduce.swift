import SarapCore
import TerminalKit

extension AppState {
  /// Handles one action: changes the state and says what the runtime must do.
  ///
  /// Pure: no I/O happens here. Edits leave as ``Effect/apply(_:summary:)`` effects and come
  /// back as ``Action/editSaved(_:summary:)`` once durable, so the screen never shows an edit the
  /// disk does not have.
  ///
  /// - Parameters:
  ///   - action: What happened.
  ///   - now: The time, stamped on codings made by this action.
  public mutating func reduce(_ action: Action, now: Timestamp) -> Outcome {
    switch action {
    case .keyPressed(let key): return keyPressed(key, now: now)
    case .mouseUsed(let event): return mouseUsed(event)
    case .resized(let size):
      resize(to: size)
      return .redraw
    case .signalReceived(let signal):
      exitSignal = signal
      return Outcome(.quit)
    case .editSaved(let project, let summary): return editSaved(project, summary: summary)
    case .editUndone(let project, let summary):
      return historyMoved(project, message: "Undone: \(summary)")
    case .editRedone(let project, let summary):
      return historyMoved(project, message: "Redone: \(summary)")
    case .editFailed(let message):
      status = .error("Not saved: \(message)")
      return .redraw
    case .historyUnchanged(let message):
      status = StatusMessage(message)
      return .redraw
    case .exportFinished(let path):
      status = StatusMessage("Exported to \(path)")
      return .redraw
    case .exportFailed(let message):
      status = .error("Not exported: \(message)")
      return .redraw
    case .revisionTextRead(let transcript, let text, let revision):
      return revise(transcript, to: text, named: revision, now: now)
    case .revisionTextFailed(let message):
      status = .error("Not revised: \(message)")
      return .redraw
    case .coderRemembered(let coder): return coderRemembered(coder, now: now)
    case .coderNotRemembered(let message): return coderNotRemembered(message)
    case .anonymisationRead(let decisions): return anonymisationRead(decisions, now: now)
    case .anonymisationFailed(let message):
      status = .error("Anonymisation: \(message)")
      return .redraw
    case .projectChangedOnDisk(let path):
      status = .error(Self.changedOnDiskNotice(path))
      return .redraw
    }
  }

  /// What the status line says when a file changed under the workbench (short enough to fit
  /// beside the status fields at 120 columns).
  static func changedOnDiskNotice(_ path: String) -> String {
    "\(path) changed on disk; edits refused, reopen"
  }

  /// Translates a key through the binding table, or types it into the open text field.
  mutating func keyPressed(_ key: Key, now: Timestamp) -> Outcome {
    if let binding = KeyBinding.binding(for: key, in: activeContexts) {
      if let reason = binding.disabledReason(self) {
        status = .error(reason)
        return .redraw
      }
      status = nil
      return perform(binding.command, now: now)
    }
    guard mode.takesText else { return .none }
    return typed(key)
  }

  /// Runs a command: each family of commands has its own handler.
  ///
  /// The switch is exhaustive, and so is each handler's over its family: a command nobody
  /// handles does not compile.
  public mutating func perform(_ command: Command, now: Timestamp) -> Outcome {
    if let prompt = askForCoder(before: command) { return prompt }
    return switch command {
    case .motion(let motion): performMotion(motion)
    case .screen(let command): performScreenCommand(command)
    case .coding(let command): performCodingCommand(command, now: now)
    case .codebook(let command): performCodebookCommand(command)
    case .retrieval(let command): performRetrievalCommand(command)
    case .report(let command): performReportCommand(command)
    case .revision(let command): performRevisionCommand(command)
    case .agreement(let command): performAgreementCommand(command, now: now)
    case .claims(let command): performClaimCommand(command)
    case .anonymisation(let command): performAnonymisationCommand(command, now: now)
    case .journal(let command): performJournalCommand(command)
    case .dialog(let command): performDialogCommand(command, now: now)
    }
  }

  /// The binding contexts active now, most specific first.
  public var activeContexts: [BindingContext] {
    switch mode {
    case .browsing:
      switch focus {
      case .transcripts: [.transcripts, .panes, .global]
      case .reader: [.readerBrowsing, .reader, .panes, .global]
      case .codebook: [.codebook, .panes, .global]
      }
    case .selecting where focus == .codebook: [.codebookSelecting, .codebook, .panes, .global]
    case .selecting: [.selecting, .reader, .panes, .global]
    case .picker: [.picker]
    case .newCode, .codebookEdit: [.form]
    case .textEditor: [.textEditor]
    case .retrieval: [.retrieval, .global]
    case .reports: [.reports, .global]
    case .claims: [.claims, .global]
    case .anonymisation: [.anonymisation, .global]
    case .journal: [.journal, .global]
    case .help: [.help, .global]
    case .commandLine: [.commandLine]
    case .confirm: [.confirm]
    case .coderPrompt: [.coderPrompt]
    case .guideRevisions: [.guideRevisions, .global]
    case .review: [.review, .global]
    case .disagreements: [.disagreements, .global]
    }
  }
}
