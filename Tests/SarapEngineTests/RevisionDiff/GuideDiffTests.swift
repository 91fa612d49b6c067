import SarapCore
import SarapTestSupport
import Testing

@testable import SarapEngine

@Suite("Guide revisions: aligning and classifying questions")
struct GuideDiffTests {
  let diff = GuideDiff(from: SyntheticGuide.pilot, to: SyntheticGuide.main)

  /// The change holding the given new (or, when removed, old) question id.
  func change(new id: GuideQuestion.ID) -> QuestionChange? {
    diff.changes.first { $0.new.contains { $0.id == id } }
  }

  @Test("every question of both revisions is in exactly one change")
  func everyQuestionOnce() {
    let old = diff.changes.flatMap { $0.old.map(\.id) }
    let new = diff.changes.flatMap { $0.new.map(\.id) }
    #expect(old.sorted() == SyntheticGuide.pilot.questions.map(\.id).sorted())
    #expect(new.sorted() == SyntheticGuide.main.questions.map(\.id).sorted())
  }

  @Test("an identical question with the same id is unchanged")
  func unchanged() throws {
    let q1 = try #require(change(new: "Q1"))
    #expect(q1.marks.isEmpty)
    #expect(q1.alignment == .id)
  }

  @Test("a renumbered question is found by similarity: renamed, moved and reworded")
  func renamedBySimilarity() throws {
    let q2 = try #require(change(new: "Q2"))
    #expect(q2.old.map(\.id) == ["Q6"])
    #expect(q2.marks == [.renamed, .moved, .reworded])
    guard case .similarity(let score) = q2.alignment else {
      Issue.record("expected a similarity alignment, got \(String(describing: q2.alignment))")
      return
    }
    #expect(score.score > 0.8)
    #expect(q2.note == "Moved forward: P1 talked about childhood first.")
  }

  @Test("a question that replaces another is renamed and reworded with a word diff")
  func reworded() throws {
    let q3 = try #require(change(new: "Q3"))
    #expect(q3.old.map(\.id) == ["Q2"])
    #expect(q3.alignment == .replaces)
    #expect(q3.marks == [.renamed, .reworded])
    #expect(q3.kazakhDiff?.markedText == "Сіз қандай кітаптарды [-ұнатасыз-]{+жиі оқисыз+}?")
    #expect(q3.englishDiff?.markedText == "What books do you [-like-]{+read most often+}?")
  }

  @Test("one old question replaced by two new ones is a split")
  func split() throws {
    let q4 = try #require(change(new: "Q4а"))
    #expect(q4.old.map(\.id) == ["Q3"])
    #expect(q4.new.map(\.id) == ["Q4а", "Q4ә"])
    #expect(q4.marks == [.split])
    #expect(q4.note == "Split: P1 answered only about the library.")
  }

  @Test("two old questions replaced by one are a merge")
  func merged() throws {
    let q5 = try #require(change(new: "Q5"))
    #expect(q5.old.map(\.id) == ["Q4", "Q5"])
    #expect(q5.marks == [.merged])
  }

  @Test("a reused id for an unrelated question is not mistaken for the old one")
  func addedAndRemoved() throws {
    let q6 = try #require(change(new: "Q6"))
    #expect(q6.old.isEmpty)
    #expect(q6.marks == [.added])
    let removed = diff.changes.filter { $0.new.isEmpty }
    #expect(removed.map { $0.old.map(\.id) } == [["Q7"]])
    #expect(removed.first?.marks == [.removed])
  }

  @Test("changes follow the new order; a removed question follows its old predecessors")
  func order() {
    let rows = diff.changes.map { ($0.new.first ?? $0.old[0]).id.rawValue }
    #expect(rows == ["Q1", "Q2", "Q3", "Q4а", "Q5", "Q7", "Q6"])
  }

  @Test("a question moved without any other change is only moved")
  func movedOnly() {
    let a = GuideQuestion(id: "A", textKK: "бір екі үш", textEN: "")
    let b = GuideQuestion(id: "B", textKK: "төрт бес алты", textEN: "")
    let c = GuideQuestion(id: "C", textKK: "жеті сегіз тоғыз", textEN: "")
    let diff = GuideDiff(
      from: GuideRevision(id: "1", questions: [a, b, c]),
      to: GuideRevision(id: "2", questions: [c, a, b]))
    #expect(diff.changes.map(\.marks) == [[.moved], [], []])
  }

  @Test("below the threshold, changed ids mean a removal and an addition")
  func belowThreshold() {
    let old = GuideQuestion(id: "A", textKK: "бір екі үш төрт", textEN: "")
    let new = GuideQuestion(id: "B", textKK: "бір бес алты жеті", textEN: "")
    let diff = GuideDiff(
      from: GuideRevision(id: "1", questions: [old]), to: GuideRevision(id: "2", questions: [new]))
    #expect(diff.changes.map(\.marks) == [[.removed], [.added]])
  }
}
