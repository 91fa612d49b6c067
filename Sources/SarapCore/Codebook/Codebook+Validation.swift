extension Codebook {
  /// A rule the codebook breaks.
  public enum Issue: Hashable, Sendable {
    /// Two codes share an id.
    case duplicateID(Code.ID)
    /// A code names a parent that does not exist.
    case missingParent(Code.ID, parent: Code.ID)
    /// Following parents from this code runs into a cycle.
    case cycle(Code.ID)
    /// The id is empty or contains whitespace.
    case malformedID(Code.ID)
  }

  /// Every rule the codebook breaks; empty when consistent.
  ///
  /// Linear in the number of codes, however deep the hierarchy.
  public func issues() -> [Issue] {
    var result: [Issue] = []
    var seen: Set<Code.ID> = []
    let reachingCycles = codesReachingCycles
    for code in codes {
      if !code.id.isWellFormed { result.append(.malformedID(code.id)) }
      if !seen.insert(code.id).inserted { result.append(.duplicateID(code.id)) }
      if let parent = code.parent, !contains(parent) {
        result.append(.missingParent(code.id, parent: parent))
      }
      if reachingCycles.contains(code.id) { result.append(.cycle(code.id)) }
    }
    return result
  }
}
