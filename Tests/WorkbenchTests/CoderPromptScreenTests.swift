import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The coder's name prompt as drawn, at 80x24 and 120x40.
@Suite("Screens: the coder's name prompt")
struct CoderPromptScreenTests {
  /// Nobody named, login name `aigerim`, three words selected, `c` pressed.
  static func asking(_ size: Size) -> TestStore {
    var store = ScreenSnapshotTests.readingR07(size)
    store.state.coder = nil
    store.state.loginName = "aigerim"
    store.press(.c("v"), .c("e"), .c("e"), .c("c"))
    return store
  }

  @Test(
    "the prompt asks who codes, prefilled with the login name", arguments: ScreenSnapshotTests.sizes
  )
  func prompt(_ size: Size) {
    let store = Self.asking(size)
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines.contains { $0.contains("Who is coding?") })
    #expect(lines.contains { $0.contains("Name  aigerim") })
    #expect(lines.last?.contains("Enter save") == true)
    #expect(lines[lines.count - 2].contains("no coder yet"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "coder-prompt-\(size)")
  }

  @Test("a refused name is shown under the field")
  func refusedName() {
    var store = Self.asking(Size(width: 80, height: 24))
    store.press(.control("u"))
    store.type("a/b")
    store.press(.enter)
    assertSnapshot(WorkbenchScreen.render(store.state), named: "coder-prompt-refused-80x24")
  }

  @Test("the status line names the coder once remembered")
  func statusLineNamesCoder() {
    var store = Self.asking(Size(width: 80, height: 24))
    _ = store.state.reduce(.coderRemembered("aigerim"), now: Fixture.time)
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines[lines.count - 2].contains("coder: aigerim"))
  }
}
