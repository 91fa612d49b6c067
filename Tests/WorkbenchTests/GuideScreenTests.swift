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
}
