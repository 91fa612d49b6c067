extension Codebook {
  /// A rule the codebook breaks.
  public enum Issue: Hashable, Sendable {
    /// Two codes share an id.
    case duplicateID(Code.ID)
    /// A code names a parent that does not exist.
    case missingParent(Code.ID, parent: Code.ID)
    /// Following parents from this code returns to it.
    case cycle(Code.ID)
    /// The id is empty or contains whitespace.
    case malformedID(Code.ID)
  }

  /// Every rule the codebook breaks; empty when consistent.
  public func issues() -> [Issue] {
    var result: [Issue] = []
    var seen: Set<Code.ID> = []
    for code in codes {
      if !code.id.isWellFormed { result.append(.malformedID(code.id)) }
      if !seen.insert(code.id).inserted { result.append(.duplicateID(code.id)) }
      if let parent = code.parent, !contains(parent) {
        result.append(.missingParent(code.id, parent: parent))
      }
      if hasCycle(from: code.id) { result.append(.cycle(code.id)) }
    }
    return result
  }

  private func hasCycle(from id: Code.ID) -> Bool {
    var seen: Set<Code.ID> = [id]
    var current = self[id]?.parent
    while let parent = current {
      if !seen.insert(parent).inserted { return true }
      current = self[parent]?.parent
    }
    return false
  }
}
