extension Project {
  /// The edit that splits a code in two: `newCode` is added right after `source` and the listed
  /// codings of `source` move to it; every other coding stays with `source`.
  ///
  /// The rule is explicit on purpose: a split is a coder's judgement about each passage, so the
  /// codings to move are named by key. With an empty list every coding stays with `source` (the
  /// first part) and `newCode` starts empty, to be applied while re-reading.
  ///
  /// - Parameters:
  ///   - source: The code to split; it keeps its id, fields and the unlisted codings.
  ///   - newCode: The second code; its id must be new. Its parent is as given (the caller usually
  ///     gives `source`'s parent, making the two siblings).
  ///   - moving: Keys of codings of `source` that move to `newCode`.
  public func splitEdit(
    _ source: Code.ID, into newCode: Code, moving: [Coding.Key] = []
  ) throws(ProjectError) -> ProjectEdit {
    guard let position = codebook.index(of: source) else { throw .unknownCode(source) }
    guard newCode.id.isWellFormed else { throw .malformedID(newCode.id.rawValue) }
    guard !codebook.contains(newCode.id) else { throw .duplicateCode(newCode.id) }
    var edits: [ProjectEdit] = [.addCode(newCode, position: position + 1)]
    var seen: Set<Coding.Key> = []
    for key in moving where seen.insert(key).inserted {
      guard key.code == source, let coding = codings.first(where: { $0.key == key }) else {
        throw .missingCoding(key)
      }
      var moved = coding
      moved.code = newCode.id
      edits.append(.replaceCoding(old: coding, new: moved))
    }
    return .batch(edits)
  }
}
