import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// `V` on a guide with a single revision shows the guide itself.
@Suite("Guide screen: the questions in force, in both languages")
struct GuideScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  @Test("V with one guide revision lists its questions with their translations", arguments: sizes)
  func guideWithOneRevision(_ size: Size) {
    var store = TestStore(Fixture.state(size: size))
    store.press(.c("V"))
    #expect(store.state.mode == .guideRevisions)
    let buffer = WorkbenchScreen.render(store.state)
    let text = buffer.plainLines().joined(separator: "\n")
    #expect(text.contains("Guide in force: revision final (main, unknown), 2 questions"))
    #expect(text.contains("The only revision: nothing to compare."))
    #expect(text.contains("Q2а Қай мемлекеттер?"))
    #expect(text.contains("Which states?"))
    assertSnapshot(buffer, named: "guide-\(size)")
  }

  @Test("Tab in the question picker (Q) opens the whole guide; Esc goes back to the reader")
  func fromQuestionPicker() {
    var store = TestStore(Fixture.state())
    store.press(.c("Q"), .tab)
    #expect(store.state.modes == [.guideRevisions])
    let text = WorkbenchScreen.render(store.state).plainLines().joined(separator: "\n")
    #expect(text.contains("Guide in force: revision final"))
    #expect(text.contains("The role of soft power"))
    store.press(.escape)
    #expect(store.state.modes == [])
  }

  @Test("Tab in another picker says it belongs to the question picker")
  func tabElsewhereSaysWhy() {
    var store = TestStore(Fixture.state())
    store.press(.c(":"))
    store.type("memos")
    store.press(.enter, .tab)
    #expect(
      store.state.status == .error("Tab shows the whole guide from the question picker (Q)"))
  }

  @Test("with several revisions Tab switches between the comparison and the guide in force")
  func tabSwitchesWithSeveralRevisions() throws {
    var store = TestStore(try RevisionsFixture.state(size: Size(width: 120, height: 40)))
    store.press(.c("V"), .tab)
    var text = WorkbenchScreen.render(store.state).plainLines().joined(separator: "\n")
    #expect(text.contains("Guide in force: revision main"))
    #expect(text.contains("Tab compares revisions."))
    store.press(.tab)
    text = WorkbenchScreen.render(store.state).plainLines().joined(separator: "\n")
    #expect(text.contains("Guide revisions: pilot → main"))
  }

  @Test("with a single revision Tab on the guide screen says there is nothing to compare")
  func tabWithSingleRevision() {
    var store = TestStore(Fixture.state())
    store.press(.c("V"), .tab)
    #expect(
      store.state.status == .error("The guide has a single revision: nothing to compare"))
  }

  @Test("Enter on the guide in force goes to the selected question in the open transcript")
  func enterGoesToQuestion() throws {
    var store = TestStore(Fixture.state())
    store.press(.c("V"), .c("j"))
    #expect(store.state.revisions.guideQuestion == 1)
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines.contains { $0.hasPrefix(" Q2а Қай мемлекеттер?") })
    store.press(.enter)
    #expect(store.state.modes == [])
    #expect(store.state.focus == .reader)
    let turn = try #require(
      store.state.reader.document?.turns.first { $0.question == "Q2а" })
    #expect(store.state.reader.cursor == turn.range.start)
    #expect(store.state.status == StatusMessage("Q2а in R07"))
  }

  @Test("Enter on a question the open transcript does not ask says so and stays on the guide")
  func enterOnAbsentQuestion() {
    var store = TestStore(Fixture.state())
    store.state.openTranscript("R01")
    store.press(.c("V"), .c("G"), .enter)
    #expect(store.state.modes == [.guideRevisions])
    #expect(store.state.status == .error("Question Q2а is not in R01"))
    store.press(.c("k"), .enter)
    #expect(store.state.modes == [])
    #expect(store.state.status == StatusMessage("Q1 in R01"))
  }

  @Test("Enter while comparing revisions says the guide in force is where it works")
  func enterWhileComparing() throws {
    var store = TestStore(try RevisionsFixture.state(size: Size(width: 120, height: 40)))
    store.press(.c("V"), .enter)
    #expect(store.state.modes == [.guideRevisions])
    #expect(
      store.state.status == .error("Tab shows the guide in force, where Enter goes to a question"))
    store.press(.tab, .enter)
    #expect(store.state.modes == [])
    #expect(store.state.status == StatusMessage("Q1 in S01"))
  }

  @Test("j past the screen scrolls so the selected question shows whole")
  func selectionScrolls() throws {
    var state = Fixture.state(size: Size(width: 80, height: 14))
    let questions = (1...12).map { number in
      GuideQuestion(
        id: GuideQuestion.ID("Q\(number)"), textKK: "Сұрақ \(number)", textEN: "Question \(number)")
    }
    state.project.guide = Guide(revisions: [GuideRevision(id: "final", questions: questions)])
    var store = TestStore(state)
    store.press(.c("V"), .c("G"))
    #expect(store.state.revisions.guideQuestion == 11)
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines.contains { $0.hasPrefix(" Q12 Сұрақ 12") }, "\(lines)")
    #expect(store.state.revisions.guideScroll > 0)
    store.press(.c("g"))
    #expect(store.state.revisions.guideQuestion == 0)
    #expect(store.state.revisions.guideScroll == 0, "\(store.state.status as Any)")
  }
}
