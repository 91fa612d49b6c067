import SarapCore

extension AppState {
  /// Codebook commands: a new code, or an edit of the code selected in the tree.
  mutating func performCodebookCommand(_ command: Command.CodebookCommand) -> Outcome {
    switch (command, selectedCode) {
    case (.newCode, _): push(.newCode(newCodeDialog(name: "", range: nil)))
    case (_, nil): break
    case (.renameCode, let code?): push(.codebookEdit(CodebookEditState(code: code)))
    case (.editDefinition, let code?):
      push(.textEditor(TextEditorState(.codeDefinition(code.id), text: code.definition)))
    case (.moveCode, let code?):
      let top = PickerItem(value: "", title: "(top level: make it a theme)")
      let items = [top] + codeItems(excluding: Set(project.codebook.subtree(of: code.id)))
      push(.picker(PickerState(.moveCode(code.id), items: items)))
    case (.mergeCode, let code?):
      push(.picker(PickerState(.mergeCode(code.id), items: codeItems(excluding: [code.id]))))
    case (.recolourCode, let code?):
      push(.picker(PickerState(.recolourCode(code.id), items: paletteItems())))
    case (.deleteCode, let code?): push(.confirm(deleteQuestion(code)))
    }
    return .redraw
  }

  private func deleteQuestion(_ code: Code) -> Confirmation {
    let subtree = project.codebook.subtree(of: code.id)
    let doomed = Set(subtree)
    let codings = project.codings.filter { doomed.contains($0.code) }.count
    let question =
      "Delete \(name(of: code.id)), \(subtree.count - 1) subcodes and \(codings) codings? "
      + "(u undoes)"
    return Confirmation(question, consequence: .deleteCode(code.id))
  }
}
