import SarapCore
import SarapTestSupport
import Testing

@testable import SarapEngine

@Suite("Question mapping onto the latest revision")
struct QuestionMappingTests {
  let mapping = QuestionMapping(guide: SyntheticGuide.guide)

  @Test(
    "pilot ids map onto main ids",
    arguments: [
      ("Q1", ["Q1"]), ("Q2", ["Q3"]), ("Q3", ["Q4а", "Q4ә"]), ("Q4", ["Q5"]), ("Q5", ["Q5"]),
      ("Q6", ["Q2"]), ("Q7", []),
    ] as [(GuideQuestion.ID, [GuideQuestion.ID])])
  func pilotToMain(_ pilot: GuideQuestion.ID, _ latest: [GuideQuestion.ID]) {
    #expect(mapping.latestQuestions(for: pilot, in: "pilot") == latest)
  }

  @Test("the latest revision, no revision and an unknown revision map ids to themselves")
  func identity() {
    #expect(mapping.latestQuestions(for: "Q2", in: "main") == ["Q2"])
    #expect(mapping.latestQuestions(for: "Q2", in: nil) == ["Q2"])
    #expect(mapping.latestQuestions(for: "Q2", in: "draft") == ["Q2"])
  }

  @Test("reports count a question under one id; split or removed ones keep their own, qualified")
  func reportingIDs() {
    #expect(mapping.reportingQuestion(for: "Q6", in: "pilot") == "Q2")
    #expect(mapping.reportingQuestion(for: "Q3", in: "pilot") == "pilot/Q3")
    #expect(mapping.reportingQuestion(for: "Q7", in: "pilot") == "Q7")
  }

  @Test("an unmappable id the latest revision uses for another question is qualified")
  func qualified() {
    let first = GuideRevision(
      id: "one", questions: [GuideQuestion(id: "Q1", textKK: "бір екі үш", textEN: "")])
    let second = GuideRevision(
      id: "two",
      questions: [
        GuideQuestion(id: "Q1", textKK: "бір екі үш", textEN: "", replaces: ["Q0"]),
        GuideQuestion(id: "Q2", textKK: "бір екі үш", textEN: "", replaces: ["Q1"]),
        GuideQuestion(id: "Q3", textKK: "бір екі үш", textEN: "", replaces: ["Q1"]),
      ])
    let mapping = QuestionMapping(guide: Guide(revisions: [first, second]))
    #expect(mapping.latestQuestions(for: "Q1", in: "one") == ["Q2", "Q3"])
    #expect(mapping.reportingQuestion(for: "Q1", in: "one") == "one/Q1")
  }

  @Test("mappings chain through every revision")
  func chained() {
    let r1 = GuideRevision(
      id: "r1", questions: [GuideQuestion(id: "A", textKK: "бір екі үш төрт", textEN: "")])
    let r2 = GuideRevision(
      id: "r2",
      questions: [GuideQuestion(id: "B", textKK: "бір екі үш бес", textEN: "", replaces: ["A"])])
    let r3 = GuideRevision(
      id: "r3",
      questions: [GuideQuestion(id: "C", textKK: "бір екі үш бес", textEN: "", replaces: ["B"])])
    let mapping = QuestionMapping(guide: Guide(revisions: [r1, r2, r3]))
    #expect(mapping.latestQuestions(for: "A", in: "r1") == ["C"])
    #expect(mapping.latestQuestions(for: "B", in: "r2") == ["C"])
  }

  @Test("a turn is reported under the latest id of its transcript's revision")
  func turns() throws {
    let transcript = Transcript(
      id: "S1", guideRevision: "pilot", body: "[Q6] I: Кім?\n\nS1: Әжем.\n")
    let answer = try #require(transcript.answers.first)
    #expect(mapping.reportingQuestion(of: answer, in: transcript) == "Q2")
  }
}
