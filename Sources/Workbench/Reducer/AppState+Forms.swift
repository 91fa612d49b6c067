import SarapCore

extension AppState {
  /// Creates the code the new-code dialog describes and, when made from a selection, codes the
  /// selection with it, as one undoable edit.
  mutating func createCode(_ dialog: NewCodeState, now: Timestamp) -> Outcome {
    let nameKK = dialog.nameKK.text.trimmed
    let nameEN = dialog.nameEN.text.trimmed
    guard !nameKK.isEmpty || !nameEN.isEmpty else {
      status = .error("Give the code a name")
      return .redraw
    }
    guard let coder else { return refuseWithoutCoder() }
    if let reason = duplicateName([nameKK, nameEN], under: dialog.theme) {
      status = .error("Not created: \(reason)")
      return .redraw
    }
    let code = newCode(nameKK: nameKK, nameEN: nameEN, parent: dialog.theme)
    var edits: [ProjectEdit] = [.addCode(code, position: insertionPosition(under: dialog.theme))]
    var summary = "new code \(code.id)"
    if let range = dialog.range, let document = reader.document {
      let coding = Coding(
        transcript: document.transcriptID, range: range, code: code.id, coder: coder, time: now,
        fingerprint: TextFingerprint(of: document.text(range)))
      edits.append(.addCoding(coding))
      summary += ", coded \(describe(coding))"
    }
    modes.removeLast()
    return save(.batch(edits), summary)
  }

  /// Renames a code as the rename dialog says.
  mutating func renameCode(_ dialog: CodebookEditState) -> Outcome {
    guard let old = project.codebook[dialog.code] else { return .redraw }
    var new = old
    new.nameKK = dialog.nameKK.text.trimmed
    new.nameEN = dialog.nameEN.text.trimmed
    guard !new.nameKK.isEmpty || !new.nameEN.isEmpty else {
      status = .error("A code needs a name")
      return .redraw
    }
    if let reason = duplicateName([new.nameKK, new.nameEN], under: old.parent, except: old.id) {
      status = .error("Not renamed: \(reason)")
      return .redraw
    }
    modes.removeLast()
    guard new != old else { return .redraw }
    return save(.updateCode(old: old, new: new), "renamed \(old.id)")
  }

  private func newCode(nameKK: String, nameEN: String, parent: Code.ID?) -> Code {
    Code(
      id: CodeIDMaker.unique(
        parent: parent, name: nameEN.isEmpty ? nameKK : nameEN, in: project.codebook),
      parent: parent, nameKK: nameKK.isEmpty ? nameEN : nameKK,
      nameEN: nameEN.isEmpty ? nameKK : nameEN,
      colour: Palette.colour(under: parent, in: project.codebook))
  }

  /// The display position after the last code beneath `parent` (the end for a new theme).
  private func insertionPosition(under parent: Code.ID?) -> Int {
    let codebook = project.codebook
    guard let parent else { return codebook.codes.count }
    let positions = codebook.subtree(of: parent).compactMap { codebook.index(of: $0) }
    return (positions.max() ?? codebook.codes.count - 1) + 1
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  var trimmed: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
