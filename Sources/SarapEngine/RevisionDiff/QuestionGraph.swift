import SarapCore

/// The links between the questions of two guide revisions, grouped into connected components.
///
/// Nodes are the older questions (by index) and the newer questions (by index); each link records
/// why the two questions belong together. A component is one ``QuestionChange``.
struct QuestionGraph {
  let old: [GuideQuestion]
  let new: [GuideQuestion]
  private(set) var links: [Link] = []

  /// A link between an older and a newer question.
  struct Link {
    var old: Int
    var new: Int
    var alignment: QuestionChange.Alignment
  }

  /// One connected group of questions, indices in ascending order.
  struct Group {
    var old: [Int]
    var new: [Int]
    var alignment: QuestionChange.Alignment?
  }

  init(old: [GuideQuestion], new: [GuideQuestion]) {
    self.old = old
    self.new = new
  }

  /// Links every newer question to the older questions its `replaces` names.
  mutating func linkByReplaces() {
    for (j, question) in new.enumerated() {
      for id in question.replaces {
        guard let i = old.firstIndex(where: { $0.id == id }) else { continue }
        links.append(Link(old: i, new: j, alignment: .replaces))
      }
    }
  }

  /// Links questions with the same id, unless the newer one declares what it replaces.
  ///
  /// Two questions sharing an id whose texts are not similar (below `threshold`) are not linked
  /// when the older one is already replaced by another question, or when either is similar to
  /// another question: that is how a renumbering shows (pilot Q6 became Q2, a new Q6 was added).
  mutating func linkByID(threshold: TextSimilarity) {
    let claimed = Set(links.map(\.old))
    for (j, question) in new.enumerated() where question.replaces.isEmpty {
      guard let i = old.firstIndex(where: { $0.id == question.id }) else { continue }
      let score = Self.similarity(old[i], question)
      if score < threshold
        && (claimed.contains(i) || hasBetterPartner(old: i, new: j, than: score, threshold))
      {
        continue
      }
      links.append(Link(old: i, new: j, alignment: .id))
    }
  }

  /// Whether `old[i]` or `new[j]` is more similar to some other question than to each other.
  private func hasBetterPartner(
    old i: Int, new j: Int, than score: TextSimilarity, _ threshold: TextSimilarity
  ) -> Bool {
    let floor = max(score, threshold)
    let claimed = Set(links.map(\.old))
    for other in new.indices where other != j && new[other].replaces.isEmpty {
      let candidate = Self.similarity(old[i], new[other])
      if candidate >= floor && candidate > score { return true }
    }
    for other in old.indices where other != i && !claimed.contains(other) {
      let candidate = Self.similarity(old[other], new[j])
      if candidate >= floor && candidate > score { return true }
    }
    return false
  }

  /// Pairs still unlinked questions one to one, most similar first, when at least `threshold`.
  mutating func linkBySimilarity(threshold: TextSimilarity) {
    let linkedOld = Set(links.map(\.old))
    let linkedNew = Set(links.map(\.new))
    var candidates: [(score: TextSimilarity, old: Int, new: Int)] = []
    for i in old.indices where !linkedOld.contains(i) {
      for j in new.indices where !linkedNew.contains(j) {
        let score = Self.similarity(old[i], new[j])
        if score >= threshold { candidates.append((score, i, j)) }
      }
    }
    candidates.sort { ($1.score, $0.old, $0.new) < ($0.score, $1.old, $1.new) }
    var usedOld: Set<Int> = []
    var usedNew: Set<Int> = []
    for candidate in candidates
    where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
      usedOld.insert(candidate.old)
      usedNew.insert(candidate.new)
      links.append(
        Link(old: candidate.old, new: candidate.new, alignment: .similarity(candidate.score)))
    }
  }

  /// How alike two questions are: by their Kazakh texts when both have one, else by English.
  static func similarity(_ a: GuideQuestion, _ b: GuideQuestion) -> TextSimilarity {
    if !a.textKK.isEmpty && !b.textKK.isEmpty { return TextSimilarity(a.textKK, b.textKK) }
    return TextSimilarity(a.textEN, b.textEN)
  }
}
