import TerminalKit

/// Draws the open dialogs over the screen, innermost last.
enum DialogView {
  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    for mode in state.modes {
      switch mode {
      case .picker(let picker): PickerDialog.render(picker, state: state, in: area, into: &buffer)
      case .newCode(let dialog): NewCodeDialog.render(dialog, state: state, in: area, into: &buffer)
      case .codebookEdit(let dialog): RenameDialog.render(dialog, in: area, into: &buffer)
      case .textEditor(let editor):
        TextEditorDialog.render(editor, state: state, in: area, into: &buffer)
      case .confirm(let question): ConfirmDialog.render(question, in: area, into: &buffer)
      case .coderPrompt(let prompt): CoderPromptDialog.render(prompt, in: area, into: &buffer)
      default: break
      }
    }
  }
}
