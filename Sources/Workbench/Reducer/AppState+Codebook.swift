import SarapCore

extension AppState {
  /// Codebook commands on the code selected in the tree.
  mutating func performCodebookCommand(_ command: Command) -> Outcome? {
    if command == .newCode {
      push(.newCode(newCodeDialog(name: "", range: nil)))
      return .redraw
    }
    guard Self.codebookCommands.contains(command) else { return nil }
    guard let code = selectedCode else { return .redraw }
    switch command {
    case .renameCode: push(.codebookEdit(CodebookEditState(code: code)))
    case .editDefinition:
      push(.textEditor(TextEditorState(.codeDefinition(code.id), text: code.definition)))
    case .moveCode:
      let top = PickerItem(value: "", title: "(top level: make it a theme)")
      let items = [top] + codeItems(excluding: Set(project.codebook.subtree(of: code.id)))
      push(.picker(PickerState(.moveCode(code.id), items: items)))
    case .mergeCode:
      push(.picker(PickerState(.mergeCode(code.id), items: codeItems(excluding: [code.id]))))
    case .recolourCode: push(.picker(PickerState(.recolourCode(code.id), items: paletteItems())))
    case .deleteCode: push(.confirm(deleteQuestion(code)))
    default: return nil
    }
    return .redraw
  }

  static let codebookCommands: Set<Command> = [
    .renameCode, .editDefinition, .moveCode, .mergeCode, .recolourCode, .deleteCode,
  ]

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
