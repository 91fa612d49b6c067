import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Small things a researcher notices: how ranges are written, what the memo editor keeps.
@Suite("Workbench: the cosmetic list")
struct CosmeticTests {
  @Test("the memo editor keeps a Tab and its title writes the range as start..end")
  func memoEditorKeepsTabs() throws {
    var store = TestStore(Fixture.state())
    store.state.placeCursor(Fixture.range(of: "Ресей, Қытай", in: Fixture.r07Body).start)
    let coding = try #require(store.state.codingUnderCursor)
    store.press(.c("m"))
    let title = WorkbenchScreen.render(store.state).plainLines().joined()
    #expect(title.contains("Memo on R07 \(coding.range.start)..\(coding.range.end)"))
    store.press(.control("u"))
    store.type("a")
    store.press(.tab)
    store.type("b")
    guard case .textEditor(let editor) = store.state.mode else {
      Issue.record("expected the memo editor, got \(store.state.mode)")
      return
    }
    #expect(editor.field.text.hasSuffix("a\tb"))
  }
}
