import SarapCore

extension AppState {
  /// Saves the memo or definition being edited (Ctrl-S).
  mutating func saveText(_ editor: TextEditorState, now: Timestamp) -> Outcome {
    modes.removeLast()
    if case .pseudonym(let text, let kind, let scope) = editor.target {
      return acceptPseudonym(text, kind, scope: scope, typed: editor.field.text)
    }
    guard editor.isChanged else {
      status = StatusMessage("Unchanged")
      return .redraw
    }
    let text = editor.field.text
    if case .journalEntry(let old) = editor.target {
      return saveJournalEntry(text, replacing: old, now: now)
    }
    if case .newClaim = editor.target, text.allSatisfy(\.isWhitespace) {
      status = .error("Not saved: a claim needs its wording")
      return .redraw
    }
    guard let (edit, summary) = textEdit(editor.target, text: text) else { return .redraw }
    return save(edit, summary)
  }

  private func textEdit(
    _ target: TextEditorState.Target, text: String
  ) -> (ProjectEdit, String)? {
    switch target {
    case .codingMemo(let coding):
      var new = coding
      new.memo = text
      return (.replaceCoding(old: coding, new: new), "memo on \(describe(coding))")
    case .codeMemo(let id):
      guard let old = project.codebook[id] else { return nil }
      var new = old
      new.memo = text
      return (.updateCode(old: old, new: new), "memo on code \(id)")
    case .codeDefinition(let id):
      guard let old = project.codebook[id] else { return nil }
      var new = old
      new.definition = text
      return (.updateCode(old: old, new: new), "definition of \(id)")
    case .transcriptMemo(let id):
      guard let old = project.transcript(id) else { return nil }
      var new = old
      new.memo = text
      return (.replaceTranscript(old: old, new: new), "memo on \(id)")
    case .newClaim(let query): return newClaim(query: query, wording: text)
    case .pseudonym, .journalEntry: return nil
    }
  }
}
