extension Codebook {
  /// The themes (codes without a parent), in display order.
  public var themes: [Code] { codes.filter(\.isTheme) }

  /// The direct children of a code, in display order.
  public func children(of id: Code.ID) -> [Code] { codes.filter { $0.parent == id } }

  /// The ids of every code's direct children, in display order, by parent id; one pass over the
  /// codebook (for walks that would otherwise ask ``children(of:)`` once per code).
  public var childrenByParent: [Code.ID: [Code.ID]] {
    var result: [Code.ID: [Code.ID]] = [:]
    for code in codes {
      if let parent = code.parent { result[parent, default: []].append(code.id) }
    }
    return result
  }

  /// Every code's depth, as ``depth(of:)`` gives it, in one pass over the codebook.
  ///
  /// A theme, and a code whose parent is missing, has depth 0. In a codebook with a cycle of
  /// parents (which no valid codebook has) the depths along the cycle count from where the walk
  /// entered it.
  public var depths: [Code.ID: Int] {
    var result: [Code.ID: Int] = [:]
    for code in codes where result[code.id] == nil {
      var path: [Code.ID] = []
      var onPath: Set<Code.ID> = []
      var current: Code.ID? = code.id
      var base = -1
      while let id = current, contains(id), result[id] == nil, onPath.insert(id).inserted {
        path.append(id)
        current = self[id]?.parent
      }
      if let id = current, let known = result[id] { base = known }
      for (offset, id) in path.reversed().enumerated() { result[id] = base + 1 + offset }
    }
    return result
  }

  /// The codes that lie on a cycle of parents (each its own ancestor), found in one pass.
  public var codesOnCycles: Set<Code.ID> { cycles().on }

  /// The codes whose chain of parents runs into a cycle (those on one included), in one pass.
  public var codesReachingCycles: Set<Code.ID> { cycles().reaching }

  /// Walks every chain of parents once: a chain stops at a missing parent, at a code whose
  /// outcome is known, or where it meets itself (a cycle).
  private func cycles() -> (on: Set<Code.ID>, reaching: Set<Code.ID>) {
    var finished: Set<Code.ID> = []
    var on: Set<Code.ID> = []
    var reaching: Set<Code.ID> = []
    for code in codes where !finished.contains(code.id) {
      var path: [Code.ID] = []
      var position: [Code.ID: Int] = [:]
      var current: Code.ID? = code.id
      while let id = current, contains(id), !finished.contains(id), position[id] == nil {
        position[id] = path.count
        path.append(id)
        current = self[id]?.parent
      }
      if let id = current, let start = position[id] {
        on.formUnion(path[start...])
        reaching.formUnion(path)
      } else if let id = current, reaching.contains(id) {
        reaching.formUnion(path)
      }
      finished.formUnion(path)
    }
    return (on, reaching)
  }

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
    subtree(of: id, children: childrenByParent)
  }

  /// ``subtree(of:)`` with the children index given, without recursion.
  private func subtree(of id: Code.ID, children: [Code.ID: [Code.ID]]) -> [Code.ID] {
    guard contains(id) else { return [] }
    var result: [Code.ID] = [id]
    var visited: Set<Code.ID> = [id]
    var stack = (children[id] ?? []).reversed() as [Code.ID]
    while let next = stack.popLast() {
      guard visited.insert(next).inserted else { continue }
      result.append(next)
      stack.append(contentsOf: (children[next] ?? []).reversed())
    }
    return result
  }

  /// The depth of a code: 0 for a theme.
  public func depth(of id: Code.ID) -> Int { ancestors(of: id).count }

  /// All codes in tree order: each theme followed by its subtree; orphans last.
  public var treeOrder: [Code.ID] {
    let children = childrenByParent
    var result: [Code.ID] = []
    var seen: Set<Code.ID> = []
    for theme in themes {
      for id in subtree(of: theme.id, children: children) where seen.insert(id).inserted {
        result.append(id)
      }
    }
    for code in codes where seen.insert(code.id).inserted { result.append(code.id) }
    return result
  }
}
