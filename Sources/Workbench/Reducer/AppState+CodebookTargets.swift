import SarapCore

extension AppState {
  /// The question before a merge: what moves where, as for a delete.
  func mergeQuestion(_ id: Code.ID, into target: Code.ID) -> Confirmation {
    let codings = project.codings.filter { $0.code == id }.count
    let children = project.codebook.children(of: id).count
    let question =
      "Merge \(name(of: id)) into \(name(of: target)): \(codings) codings and \(children) "
      + "subcodes move, its definition is appended? (u undoes)"
    return Confirmation(question, consequence: .mergeCode(id, into: target))
  }

  /// A picker's title, naming the code it acts on: "Merge Ресей into".
  func title(of purpose: PickerPurpose) -> String {
    switch purpose {
    case .moveCode(let id): "Move \(name(of: id)) under"
    case .mergeCode(let id): "Merge \(name(of: id)) into"
    case .recolourCode(let id): "Colour for \(name(of: id))"
    default: purpose.title
    }
  }

  /// Selects the codebook row of `code` (after an edit moved it), if it is still there.
  mutating func selectCodebookRow(of code: Code.ID?) {
    guard let code, let row = codebookRows.firstIndex(of: code) else { return }
    codebookList.select(
      row, count: codebookRows.count, visibleRows: visibleRows(forListIn: .codebook))
  }
}
