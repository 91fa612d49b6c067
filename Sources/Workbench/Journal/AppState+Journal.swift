import SarapCore

extension AppState {
  /// The research journal's commands: open it, add an entry, edit your latest one.
  mutating func performJournalCommand(_ command: Command.JournalCommand) -> Outcome {
    switch command {
    case .showJournal:
      journalScroll = 0
      push(.journal)
    case .addJournalEntry:
      if mode != .journal { push(.journal) }
      push(.textEditor(TextEditorState(.journalEntry(nil), text: "")))
    case .editJournalEntry:
      guard let coder, let entry = project.journal.lastEntry(by: coder) else {
        status = .error("You have no journal entry to edit: a adds one")
        return .redraw
      }
      if mode != .journal { push(.journal) }
      journalScroll = JournalScreen.firstRow(of: entry, in: self)
      push(.textEditor(TextEditorState(.journalEntry(entry), text: entry.text)))
    }
    return .redraw
  }

  /// Saves the entry written in the text editor: a new entry dated now, or the coder's own entry
  /// with its new text (marked edited now).
  mutating func saveJournalEntry(_ typed: String, replacing old: JournalEntry?, now: Timestamp)
    -> Outcome
  {
    let text = JournalEntry.normalisedText(typed)
    if let problem = JournalEntry.textProblem(text) {
      status = .error("Not saved: \(problem)")
      return .redraw
    }
    guard let coder else { return refuseWithoutCoder() }
    guard let old else {
      journalScroll = 0
      let entry = JournalEntry(time: now, coder: coder, text: text)
      return save(.addJournalEntry(entry), "journal entry \(now)")
    }
    var new = old
    new.text = text
    new.edited = now
    return save(.replaceJournalEntry(old: old, new: new), "edit journal entry \(old.time)")
  }

  /// Scrolls the journal screen; the motions it has no use for do nothing.
  mutating func scrollJournal(_ motion: Command.Motion) -> Outcome {
    let page = max(1, size.height - 5)
    switch motion {
    case .moveDown: journalScroll += 1
    case .moveUp: journalScroll -= 1
    case .pageDown: journalScroll += page
    case .pageUp: journalScroll -= page
    case .goToTop: journalScroll = 0
    case .goToBottom: journalScroll = Int.max / 2
    default: return .none
    }
    journalScroll = min(max(0, journalScroll), JournalScreen.lastScroll(self))
    return .redraw
  }

  /// Opens the journal at an entry (from the memo list).
  mutating func showJournalEntry(_ entry: JournalEntry) {
    closeAllModes()
    push(.journal)
    journalScroll = min(JournalScreen.firstRow(of: entry, in: self), JournalScreen.lastScroll(self))
  }
}
