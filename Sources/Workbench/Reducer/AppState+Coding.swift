import SarapCore

extension AppState {
  /// Selecting, coding and memo commands in the reader and lists.
  mutating func performCodingCommand(_ command: Command.CodingCommand, now: Timestamp) -> Outcome {
    switch command {
    case .startSelection:
      reader.anchor = reader.cursor
      push(.selecting)
    case .selectAnswer: selectAnswer()
    case .codeSelection: return codeSelection()
    case .newCodeFromSelection: return newCodeFromSelection()
    case .removeCoding:
      if askWhichCoding(for: .remove) { return .redraw }
      return removeCodingUnderCursor()
    case .changeCoding:
      if askWhichCoding(for: .recode) { return .redraw }
      guard let coding = codingUnderCursor else { return .redraw }
      push(.picker(PickerState(.changeCoding(coding), items: codeItems())))
    case .editMemo:
      if focus == .reader, askWhichCoding(for: .memo) { return .redraw }
      openMemoEditor()
    case .jumpToQuestion: push(.picker(PickerState(.jumpToQuestion, items: questionItems())))
    case .nextMatch: moveToMatch(forward: true)
    case .previousMatch: moveToMatch(forward: false)
    case .showCursorPanel: showCursorPanel()
    case .repeatLastCode: return repeatLastCode(now: now)
    case .codeWithSelectedCode: return codeWithSelectedCode(now: now)
    }
    return .redraw
  }

  private mutating func selectAnswer() {
    guard let document = reader.document, let answer = document.answer(containing: reader.cursor)
    else { return }
    reader.anchor = answer.start
    placeCursor(document.characterStart(containing: answer.end - 1))
    if mode != .selecting { push(.selecting) }
  }

  private mutating func codeSelection() -> Outcome {
    guard let range = trimmedSelection else {
      status = .error("Only spaces are selected")
      return .redraw
    }
    push(.picker(PickerState(.applyCode(range), items: recentCodeItems() + codeItems())))
    return .redraw
  }

  /// Enter in the codebook while the reader has a selection: codes it with the code selected
  /// in the tree, as `c` would with that code picked; the focus returns to the reader.
  private mutating func codeWithSelectedCode(now: Timestamp) -> Outcome {
    guard let code = selectedCode else { return .redraw }
    guard let range = trimmedSelection else {
      status = .error("Only spaces are selected")
      return .redraw
    }
    let outcome = applyCode(code.id, to: range, now: now)
    if !outcome.effects.isEmpty { focus = .reader }
    return outcome
  }

  private mutating func newCodeFromSelection() -> Outcome {
    guard let range = trimmedSelection, let document = reader.document else {
      status = .error("Only spaces are selected")
      return .redraw
    }
    let name = InVivoName.from(document.text(range))
    push(.newCode(newCodeDialog(name: name, range: range)))
    return .redraw
  }

  /// The new-code dialog, its theme preset to the theme of the code selected in the codebook.
  func newCodeDialog(name: String, range: TextRange?) -> NewCodeState {
    let themes = project.codebook.themes.map(\.id)
    let preset = selectedCode.flatMap { project.codebook.theme(of: $0.id) }
    let index = preset.flatMap { themes.firstIndex(of: $0) } ?? 0
    return NewCodeState(nameKK: name, themes: themes, themeIndex: index, range: range)
  }

  private mutating func removeCodingUnderCursor() -> Outcome {
    guard let coding = codingUnderCursor else { return .redraw }
    return .persist(.apply(.removeCoding(coding), summary: "removed \(describe(coding))"))
  }

  private mutating func openMemoEditor() {
    if focus == .codebook, let code = selectedCode {
      push(.textEditor(TextEditorState(.codeMemo(code.id), text: code.memo)))
    } else if focus == .reader, let coding = codingUnderCursor {
      push(.textEditor(TextEditorState(.codingMemo(coding), text: coding.memo)))
    } else if let transcript = focus == .reader ? openTranscript : selectedTranscript {
      push(.textEditor(TextEditorState(.transcriptMemo(transcript.id), text: transcript.memo)))
    }
  }

  /// A coding in one line: `R07 120..530 russia`.
  func describe(_ coding: Coding) -> String {
    "\(coding.transcript) \(coding.range.start)..\(coding.range.end) \(coding.code)"
  }
}
