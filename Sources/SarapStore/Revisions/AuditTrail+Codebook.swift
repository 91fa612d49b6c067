import SarapCore
import SarapFormats

extension AuditTrail {
  /// The codebook history with this edit's change appended; nil when the codebook is untouched.
  ///
  /// When the history is missing, or does not replay to the codebook as it was before the edit
  /// (it was changed outside Sarap, or merged from another coder's work), a `baseline` entry
  /// recording the difference comes first, so that the history always replays to the codebook.
  func codebookHistory() throws(StoreError) -> PendingSave.File? {
    let operations = CodebookOperation.operations(of: edit)
    guard !operations.isEmpty else { return nil }
    let relative = ProjectLayout.codebookHistory
    let text = try existing(relative) ?? ""
    var history = CodebookHistory()
    if !text.isEmpty {
      do {
        history = try CodebookHistoryFile.decode(text, path: folder.displayPath(relative))
      } catch {
        throw StoreError.unparseable([error])
      }
    }
    var lines: [String] = []
    let replayed = (try? history.replay()) ?? Codebook()
    if history.changes.isEmpty || replayed != before.codebook {
      let baseline = CodebookChange(
        time: entry.time, coder: entry.coder, action: .baseline, codes: [],
        reason: history.changes.isEmpty
          ? "the codebook as found when its history began"
          : "changes made outside Sarap since the previous entry",
        operations: replayed.operations(to: before.codebook))
      lines.append(CodebookHistoryFile.encodeLine(baseline))
    }
    lines.append(CodebookHistoryFile.encodeLine(change(operations)))
    let start = text.isEmpty ? CodebookHistoryFile.formatLine + "\n" : text
    return PendingSave.File(path: relative, content: Self.appending(lines, to: start))
  }

  /// The change this entry records.
  private func change(_ operations: [CodebookOperation]) -> CodebookChange {
    let kind = CodebookChange.classify(original ?? edit) ?? (.edit, [])
    let step: CodebookChange.Step =
      switch entry.kind {
      case .apply: .apply
      case .undo: .undo
      case .redo: .redo
      }
    return CodebookChange(
      time: entry.time, coder: entry.coder, step: step, action: kind.action, codes: kind.codes,
      reason: reason, operations: operations)
  }
}
