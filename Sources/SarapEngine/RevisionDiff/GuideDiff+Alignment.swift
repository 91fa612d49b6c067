import SarapCore

extension GuideDiff {
  /// Aligns the questions of two revisions and classifies each change.
  ///
  /// Alignment, in order of precedence:
  /// 1. a newer question's `replaces` links it to the older questions it names (one old question
  ///    named by several new ones is a split, several old ones named by one new one a merge);
  /// 2. a newer question without `replaces` is linked to the older question with its id, unless
  ///    their texts are not similar and the older one is replaced by another question or either
  ///    is similar to another question (a renumbering);
  /// 3. questions still unlinked are paired one to one by word similarity, most similar first,
  ///    when the similarity reaches `threshold`.
  ///
  /// A kept question is `moved` when it is not in the longest run of groups whose order is the
  /// same in both revisions; `renamed` when its id changed; `reworded` when its Kazakh or English
  /// words changed.
  public init(
    from old: GuideRevision, to new: GuideRevision, threshold: TextSimilarity = defaultThreshold
  ) {
    var graph = QuestionGraph(old: old.questions, new: new.questions)
    graph.linkByReplaces()
    graph.linkByID(threshold: threshold)
    graph.linkBySimilarity(threshold: threshold)
    let groups = Self.ordered(graph.groups())
    let moved = Self.movedGroups(groups)
    let changes = groups.enumerated().map { index, group in
      QuestionChange(
        old: group.old.map { old.questions[$0] }, new: group.new.map { new.questions[$0] },
        alignment: group.alignment, moved: moved.contains(index))
    }
    self.init(old: old.id, new: new.id, changes: changes)
  }

  /// Groups in the newer revision's order; a removed question after the last group holding an
  /// older question that preceded it (or first, when nothing precedes it).
  static func ordered(_ groups: [QuestionGraph.Group]) -> [QuestionGraph.Group] {
    var result = groups.filter { !$0.new.isEmpty }.sorted { $0.new[0] < $1.new[0] }
    let removed = groups.filter(\.new.isEmpty).sorted { $0.old[0] < $1.old[0] }
    for group in removed {
      let before = group.old[0]
      let anchor = result.lastIndex { other in other.old.contains { $0 < before } }
      let position = anchor.map { $0 + 1 } ?? 0
      var insertAt = position
      while insertAt < result.count, result[insertAt].new.isEmpty,
        result[insertAt].old[0] < before
      {
        insertAt += 1
      }
      result.insert(group, at: insertAt)
    }
    return result
  }

  /// The indices of groups present in both revisions whose relative order changed.
  static func movedGroups(_ groups: [QuestionGraph.Group]) -> Set<Int> {
    let kept = groups.indices.filter { !groups[$0].old.isEmpty && !groups[$0].new.isEmpty }
    let byOld = kept.sorted { groups[$0].old[0] < groups[$1].old[0] }
    let inOrder = Set(LongestCommonSubsequence(kept, byOld).pairs.map { kept[$0.0] })
    return Set(kept).subtracting(inOrder)
  }
}

extension QuestionChange {
  /// Classifies an aligned group of questions.
  init(
    old: [GuideQuestion], new: [GuideQuestion], alignment: Alignment?, moved: Bool
  ) {
    var marks: Set<Mark> = []
    var kazakhDiff: WordDiff?
    var englishDiff: WordDiff?
    if old.isEmpty { marks.insert(.added) }
    if new.isEmpty { marks.insert(.removed) }
    if old.count > 1 { marks.insert(.merged) }
    if new.count > 1 { marks.insert(.split) }
    if moved { marks.insert(.moved) }
    if old.count == 1, new.count == 1 {
      let kazakh = WordDiff(from: old[0].textKK, to: new[0].textKK)
      let english = WordDiff(from: old[0].textEN, to: new[0].textEN)
      if old[0].id != new[0].id { marks.insert(.renamed) }
      if !kazakh.isUnchanged || !english.isUnchanged { marks.insert(.reworded) }
      kazakhDiff = kazakh
      englishDiff = english
    }
    self.init(
      old: old, new: new, marks: marks, alignment: alignment, kazakhDiff: kazakhDiff,
      englishDiff: englishDiff)
  }
}
