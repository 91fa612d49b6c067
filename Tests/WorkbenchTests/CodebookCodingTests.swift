import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Coding from the codebook pane: select in the reader, Tab to the codebook, Enter on a code.
@Suite("Workbench: coding from the codebook pane")
struct CodebookCodingTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// A runtime over an in-memory store with `Ресей` selected and the codebook focused on `west`.
  static func selectedThenTabbed(size: Size = Size(width: 80, height: 24)) -> (
    Runtime, InMemoryStore
  ) {
    let state = Fixture.state(size: size)
    let memory = InMemoryStore(state.project)
    var runtime = Runtime(state: state, environment: memory.environment)
    runtime.state.placeCursor(Fixture.range(of: "Ресей ықпалы", in: Fixture.r07Body).start)
    runtime.press(.c("v"), .c("w"), .tab)
    runtime.state.selectCodebookRow(of: "west")
    return (runtime, memory)
  }

  @Test("Tab keeps the selection; Enter on a code codes exactly the selection with it")
  func entersCodesSelection() {
    var (runtime, memory) = Self.selectedThenTabbed()
    #expect(runtime.state.focus == .codebook)
    #expect(runtime.state.mode == .selecting)
    #expect(runtime.state.activeContexts.first == .codebookSelecting)
    runtime.press(.enter)
    let added = memory.project.codings.filter { $0.coder == "ana" && $0.code == "west" }
    let texts = added.compactMap { coding in
      memory.project.transcript("R07").map { $0.body[coding.range] }
    }
    #expect(texts.contains("Ресей"))
    #expect(runtime.state.mode == .browsing)
    #expect(runtime.state.focus == .reader)
    #expect(runtime.state.reader.selection == nil)
    #expect(runtime.state.status?.text.hasPrefix("Saved: coded R07") == true)
  }

  @Test("a theme codes the selection as c would; a passage coded already gets c's refusal")
  func themesAndRefusals() {
    var (runtime, memory) = Self.selectedThenTabbed()
    runtime.state.selectCodebookRow(of: "russia")
    runtime.press(.enter)
    #expect(memory.project.codings.contains { $0.code == "russia" && $0.coder == "ana" })
    runtime.state.placeCursor(Fixture.range(of: "Ресей ықпалы", in: Fixture.r07Body).start)
    runtime.press(.c("v"), .c("w"), .tab)
    runtime.state.selectCodebookRow(of: "russia")
    let before = memory.project.codings
    runtime.press(.enter)
    #expect(memory.project.codings == before)
    #expect(runtime.state.status == .error("Ресей already codes exactly this passage"))
    #expect(runtime.state.mode == .selecting)
    #expect(runtime.state.focus == .codebook)
  }

  @Test("without a selection Enter still retrieves the code's segments")
  func enterWithoutSelectionRetrieves() {
    var store = TestStore(Fixture.state())
    store.press(.tab)
    #expect(store.state.focus == .codebook)
    store.state.selectCodebookRow(of: "west")
    store.press(.enter)
    #expect(store.state.mode == .retrieval)
    #expect(store.state.retrieval.query == "west")
  }

  @Test("Tab to the transcript list drops the selection; Esc in the codebook drops it too")
  func leavingDropsSelection() {
    var (runtime, memory) = Self.selectedThenTabbed()
    runtime.press(.escape)
    #expect(runtime.state.reader.selection == nil)
    #expect(runtime.state.mode == .browsing)
    runtime.press(.backTab, .c("v"), .tab, .tab)
    #expect(runtime.state.focus == .transcripts)
    #expect(runtime.state.reader.selection == nil)
    #expect(memory.log.isEmpty)
  }

  @Test("the codebook with a selection waiting names Enter as coding it", arguments: sizes)
  func screen(_ size: Size) {
    let (runtime, memory) = Self.selectedThenTabbed(size: size)
    #expect(memory.log.isEmpty)
    assertSnapshot(WorkbenchScreen.render(runtime.state), named: "codebook-coding-\(size)")
  }
}
