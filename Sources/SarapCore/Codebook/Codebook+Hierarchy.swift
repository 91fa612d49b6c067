extension Codebook {
  /// The themes (codes without a parent), in display order.
  public var themes: [Code] { codes.filter(\.isTheme) }

  /// The direct children of a code, in display order.
  public func children(of id: Code.ID) -> [Code] { codes.filter { $0.parent == id } }

  /// The code's ancestors, nearest first; stops at a cycle or a missing parent.
  public func ancestors(of id: Code.ID) -> [Code.ID] {
    var result: [Code.ID] = []
    var seen: Set<Code.ID> = [id]
    var current = self[id]?.parent
    while let parent = current, seen.insert(parent).inserted {
      result.append(parent)
      current = self[parent]?.parent
    }
    return result
  }

  /// The theme a code belongs to: its root ancestor, or the code itself when it is a theme.
  public func theme(of id: Code.ID) -> Code.ID? {
    guard contains(id) else { return nil }
    return ancestors(of: id).last ?? id
  }

  /// The code and all codes beneath it, depth first, in display order.
  public func subtree(of id: Code.ID) -> [Code.ID] {
    guard contains(id) else { return [] }
    var result: [Code.ID] = [id]
    var visited: Set<Code.ID> = [id]
    var stack = children(of: id).map(\.id).reversed() as [Code.ID]
    while let next = stack.popLast() {
      guard visited.insert(next).inserted else { continue }
      result.append(next)
      stack.append(contentsOf: children(of: next).map(\.id).reversed())
    }
    return result
  }

  /// The depth of a code: 0 for a theme.
  public func depth(of id: Code.ID) -> Int { ancestors(of: id).count }

  /// All codes in tree order: each theme followed by its subtree; orphans last.
  public var treeOrder: [Code.ID] {
    var result: [Code.ID] = []
    var seen: Set<Code.ID> = []
    for theme in themes {
      for id in subtree(of: theme.id) where seen.insert(id).inserted { result.append(id) }
    }
    for code in codes where seen.insert(code.id).inserted { result.append(code.id) }
    return result
  }
}
