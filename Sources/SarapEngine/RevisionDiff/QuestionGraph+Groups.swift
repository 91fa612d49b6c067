extension QuestionGraph {
  /// The connected components: every question of both revisions in exactly one group.
  func groups() -> [Group] {
    var parent = Array(0..<(old.count + new.count))
    func root(_ node: Int) -> Int {
      var node = node
      while parent[node] != node {
        parent[node] = parent[parent[node]]
        node = parent[node]
      }
      return node
    }
    for link in links {
      let a = root(link.old)
      let b = root(old.count + link.new)
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var byRoot: [Int: Group] = [:]
    var order: [Int] = []
    for node in parent.indices {
      let key = root(node)
      if byRoot[key] == nil {
        byRoot[key] = Group(old: [], new: [], alignment: nil)
        order.append(key)
      }
      if node < old.count {
        byRoot[key]?.old.append(node)
      } else {
        byRoot[key]?.new.append(node - old.count)
      }
    }
    for link in links {
      let key = root(link.old)
      let current = byRoot[key]?.alignment
      byRoot[key]?.alignment = Self.stronger(current, link.alignment)
    }
    return order.compactMap { byRoot[$0] }
  }

  /// The alignment that explains a group best: `replaces` over id over similarity.
  private static func stronger(
    _ a: QuestionChange.Alignment?, _ b: QuestionChange.Alignment
  ) -> QuestionChange.Alignment {
    func rank(_ alignment: QuestionChange.Alignment) -> Int {
      switch alignment {
      case .replaces: 2
      case .id: 1
      case .similarity: 0
      }
    }
    guard let a else { return b }
    return rank(b) > rank(a) ? b : a
  }
}
