extension AppState {
  /// Commands that switch screens, panes and modes, quit, and move through the undo history.
  mutating func performScreenCommand(_ command: Command.ScreenCommand) -> Outcome {
    switch command {
    case .undo: return .persist(.undo)
    case .redo: return .persist(.redo)
    case .quit: return Outcome(.quit)
    case .back: return back()
    case .showHelp: push(.help)
    case .openCommandLine: push(.commandLine(CommandLineState(.command)))
    case .search: push(.commandLine(CommandLineState(.search)))
    case .toggleLanguage:
      language = language == .kk ? .en : .kk
      status = StatusMessage(language == .kk ? "Names in Kazakh" : "Names in English")
      refreshReport()
    case .focusNextPane: switchFocus(to: focus.next)
    case .focusPreviousPane: switchFocus(to: focus.previous)
    case .showRetrieval: return showRetrieval()
    case .showReports: showReports()
    case .showGuideRevisions: showGuideRevisions()
    case .showReview: showReview()
    }
    return .redraw
  }

  /// Opens a mode on top of the current one; a full screen already open is brought back to the
  /// top instead of being stacked twice.
  mutating func push(_ newMode: Mode) {
    if newMode.isFullScreen, let index = modes.lastIndex(of: newMode) {
      modes.removeSubrange((index + 1)...)
      return
    }
    modes.append(newMode)
  }

  /// Closes the innermost mode (Esc): a selection is dropped, a changed memo asks first.
  mutating func back() -> Outcome {
    switch mode {
    case .browsing:
      if !endComparison() { status = nil }
    case .selecting:
      reader.anchor = nil
      modes.removeLast()
    case .review where revisions.adjusted != nil:
      revisions.adjusted = nil
      status = StatusMessage("Adjustment cancelled: the proposed range stands")
    case .coderPrompt:
      modes.removeLast()
      status = StatusMessage("No name given: nothing was changed")
    case .textEditor(let editor) where editor.isChanged:
      push(.confirm(Confirmation("Discard the changed text?", consequence: .discardText)))
    default:
      modes.removeLast()
    }
    return .redraw
  }

  /// Replaces the innermost mode (the one being edited).
  mutating func replaceMode(_ newMode: Mode) {
    if modes.isEmpty { modes.append(newMode) } else { modes[modes.count - 1] = newMode }
  }

  /// Leaves every mode back to browsing, dropping any selection.
  mutating func closeAllModes() {
    modes.removeAll()
    reader.anchor = nil
  }

  /// Moves the focus; a selection survives between the reader and the codebook (to code it
  /// from there with Enter) and is dropped on the way to the transcript list.
  private mutating func switchFocus(to pane: Pane) {
    if mode == .selecting, pane == .transcripts { _ = back() }
    guard !mode.isFullScreen else { return }
    focus = pane
  }
}
