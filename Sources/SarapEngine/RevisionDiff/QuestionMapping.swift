import SarapCore

/// Maps the question ids of any guide revision onto the latest revision's ids.
///
/// Interviews conducted under an older revision mark their turns with that revision's question
/// ids; reports by question need one set of ids. The mapping chains the alignment of each pair of
/// consecutive revisions (``GuideDiff``): a renamed question maps to its new id, merged questions
/// to the merged one, a split question to all its successors, a removed question to none.
public struct QuestionMapping: Hashable, Sendable {
  /// The latest revision, whose ids the mapping produces; nil for a guide without revisions.
  public let latest: GuideRevision.ID?
  private let table: [GuideRevision.ID: [GuideQuestion.ID: [GuideQuestion.ID]]]

  /// Builds the mapping for every revision of a guide.
  public init(guide: Guide, threshold: TextSimilarity = GuideDiff.defaultThreshold) {
    latest = guide.latest?.id
    var table: [GuideRevision.ID: [GuideQuestion.ID: [GuideQuestion.ID]]] = [:]
    guard let last = guide.latest else {
      self.table = [:]
      return
    }
    // Walk back from the latest revision: each revision maps onto the next, then through it.
    var next: [GuideQuestion.ID: [GuideQuestion.ID]] = Dictionary(
      last.questions.map { ($0.id, [$0.id]) }, uniquingKeysWith: { first, _ in first })
    table[last.id] = next
    for index in stride(from: guide.revisions.count - 2, through: 0, by: -1) {
      let revision = guide.revisions[index]
      let diff = GuideDiff(from: revision, to: guide.revisions[index + 1], threshold: threshold)
      var mapped: [GuideQuestion.ID: [GuideQuestion.ID]] = [:]
      for change in diff.changes {
        let targets = change.new.flatMap { next[$0.id] ?? [] }
        for question in change.old where mapped[question.id] == nil {
          mapped[question.id] = Self.unique(targets)
        }
      }
      if table[revision.id] == nil { table[revision.id] = mapped }
      next = mapped
    }
    self.table = table
  }

  /// The latest revision's questions that `question` of `revision` became.
  ///
  /// A question of the latest revision, of an unknown revision or unknown to its revision maps
  /// to itself; a removed question maps to no question; a split one to several.
  public func latestQuestions(
    for question: GuideQuestion.ID, in revision: GuideRevision.ID?
  ) -> [GuideQuestion.ID] {
    guard let revision, let questions = table[revision], let targets = questions[question] else {
      return [question]
    }
    return targets
  }

  /// The one id a report by question should count `question` of `revision` under.
  ///
  /// The latest id when the question maps onto exactly one; otherwise (removed, or split into
  /// several) the question keeps its own id, written `REVISION/ID` when the latest revision uses
  /// that id for another question, so it is reported on its own row rather than guessed.
  public func reportingQuestion(
    for question: GuideQuestion.ID, in revision: GuideRevision.ID?
  ) -> GuideQuestion.ID {
    let targets = latestQuestions(for: question, in: revision)
    if targets.count == 1 { return targets[0] }
    guard let revision, let latestIDs = table[latest ?? revision], latestIDs[question] != nil else {
      return question
    }
    return GuideQuestion.ID("\(revision)/\(question)")
  }

  private static func unique(_ ids: [GuideQuestion.ID]) -> [GuideQuestion.ID] {
    var seen: Set<GuideQuestion.ID> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
