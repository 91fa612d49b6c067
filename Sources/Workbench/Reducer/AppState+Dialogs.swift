import SarapCore
import TerminalKit

extension AppState {
  /// Commands inside pickers, forms, the text editor, the command line and yes/no questions.
  mutating func performDialogCommand(_ command: Command.DialogCommand, now: Timestamp)
    -> Outcome
  {
    switch (command, mode) {
    case (.confirmChoice, _): return confirmChoice(now: now)
    case (.nextChoice, .picker(var picker)), (.previousChoice, .picker(var picker)):
      let rows = max(1, size.height - 6)
      picker.list.move(
        by: command == .nextChoice ? 1 : -1, count: picker.visible.count, visibleRows: rows)
      replaceMode(.picker(picker))
    case (.nextField, _), (.previousField, _), (.nextChoice, _), (.previousChoice, _):
      moveInForm(command)
    case (.saveText, .textEditor(let editor)): return saveText(editor, now: now)
    case (.answerYes, .confirm(let question)):
      modes.removeLast()
      return confirmed(question.consequence)
    case (.answerNo, .confirm): modes.removeLast()
    case (.saveText, _), (.answerYes, _), (.answerNo, _): return .none
    }
    return .redraw
  }

  /// Enter in a dialog: choose, save, run; on the review screen, accept the flagged coding.
  private mutating func confirmChoice(now: Timestamp) -> Outcome {
    switch mode {
    case .picker(let picker):
      guard let item = picker.chosen else { return .redraw }
      modes.removeLast()
      return choose(item, for: picker.purpose, now: now)
    case .newCode(let dialog): return createCode(dialog, now: now)
    case .codebookEdit(let dialog): return renameCode(dialog)
    case .coderPrompt(let prompt): return confirmCoder(prompt)
    case .commandLine(let line):
      modes.removeLast()
      return run(line, now: now)
    case .review: return acceptSelectedReviewItem()
    case .browsing, .selecting, .textEditor, .retrieval, .reports, .claims, .anonymisation,
      .journal, .help,
      .confirm,
      .guideRevisions, .disagreements:
      return .none
    }
  }

  /// Types a key into the open text field.
  mutating func typed(_ key: Key) -> Outcome {
    switch mode {
    case .picker(var picker):
      guard picker.query.handle(key) else { return .none }
      picker.refilter()
      replaceMode(.picker(picker))
    case .newCode(var dialog):
      guard dialog.handle(key) else { return .none }
      replaceMode(.newCode(dialog))
    case .codebookEdit(var dialog):
      guard dialog.handle(key) else { return .none }
      replaceMode(.codebookEdit(dialog))
    case .textEditor(var editor):
      guard editor.field.handleMultiline(key) else { return .none }
      replaceMode(.textEditor(editor))
    case .commandLine(var line):
      guard line.field.handle(key) else { return .none }
      replaceMode(.commandLine(line))
    case .coderPrompt(var prompt):
      guard prompt.field.handle(key) else { return .none }
      replaceMode(.coderPrompt(prompt))
    default: return .none
    }
    return .redraw
  }

  private mutating func moveInForm(_ command: Command.DialogCommand) {
    switch mode {
    case .newCode(var dialog):
      dialog.move(command)
      replaceMode(.newCode(dialog))
    case .codebookEdit(var dialog):
      dialog.editsEnglish.toggle()
      replaceMode(.codebookEdit(dialog))
    default: break
    }
  }

  private mutating func confirmed(_ consequence: Confirmation.Consequence) -> Outcome {
    switch consequence {
    case .discardText:
      modes.removeLast()
      return .redraw
    case .mergeCode(let id, let target): return mergeCode(id, into: target)
    case .deleteCode(let id):
      do {
        let edit = try project.deleteEdit(id)
        return .persist(.apply(edit, summary: "deleted code \(id)"))
      } catch {
        status = .error(error.description)
        return .redraw
      }
    }
  }
}
