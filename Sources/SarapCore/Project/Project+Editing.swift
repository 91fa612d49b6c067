extension Project {
  /// The edit that merges `source` into `target`: its codings move to `target` (a segment already
  /// coded with `target` by the same coder keeps one coding, the memos joined), its children move
  /// under `target`, and `source` is removed.
  public func mergeEdit(_ source: Code.ID, into target: Code.ID) throws(ProjectError) -> ProjectEdit
  {
    guard let sourceCode = codebook[source], let position = codebook.index(of: source) else {
      throw .unknownCode(source)
    }
    guard codebook.contains(target) else { throw .unknownCode(target) }
    var edits: [ProjectEdit] = []
    var targetKeys = Set(codings.filter { $0.code == target }.map(\.key))
    for coding in codings where coding.code == source {
      var moved = coding
      moved.code = target
      if targetKeys.insert(moved.key).inserted {
        edits.append(.replaceCoding(old: coding, new: moved))
      } else {
        edits.append(.removeCoding(coding))
        if !coding.memo.isEmpty, let existing = codings.first(where: { $0.key == moved.key }) {
          var joined = existing
          joined.memo = [existing.memo, coding.memo].filter { !$0.isEmpty }.joined(separator: "\n")
          edits.append(.replaceCoding(old: existing, new: joined))
        }
      }
    }
    for child in codebook.children(of: source) {
      var moved = child
      moved.parent = target == child.id ? sourceCode.parent : target
      edits.append(.updateCode(old: child, new: moved))
    }
    if let targetCode = codebook[target], !sourceCode.definition.isEmpty {
      var kept = targetCode
      let merged = "Merged from \(source): \(sourceCode.definition)"
      kept.definition =
        targetCode.definition.isEmpty ? merged : targetCode.definition + "\n\n" + merged
      edits.append(.updateCode(old: targetCode, new: kept))
    }
    var removed = sourceCode
    removed.parent = sourceCode.parent
    edits.append(.removeCode(removed, position: position))
    return .batch(edits)
  }

  /// The edit that deletes a code together with its codings and its subtree.
  public func deleteEdit(_ id: Code.ID) throws(ProjectError) -> ProjectEdit {
    guard codebook.contains(id) else { throw .unknownCode(id) }
    let doomed = codebook.subtree(of: id)
    let doomedSet = Set(doomed)
    var edits: [ProjectEdit] = codings.filter { doomedSet.contains($0.code) }.map {
      .removeCoding($0)
    }
    var book = codebook
    for code in doomed.reversed() {
      guard let removed = book.remove(code) else { continue }
      edits.append(.removeCode(removed.code, position: removed.position))
    }
    return .batch(edits)
  }
}
