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
    #expect(text.contains("Guide: revision final"))
    #expect(text.contains("Q2а Қай мемлекеттер?"))
    #expect(text.contains("Which states?"))
    assertSnapshot(buffer, named: "guide-\(size)")
  }
}
