import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// End to end in process: the runtime on a scripted ``TestTerminal`` and an in-memory store.
@Suite("Scripted session")
struct ScriptedSessionTests {
  static func keys(_ text: String) -> [InputEvent] { text.map { .key(.character($0)) } }

  @Test("select, code through the picker, create a code, undo, redo, reports, quit")
  func codingSession() {
    let store = InMemoryStore(Fixture.project)
    let state = AppState(
      project: store.project, projectName: "soft-power", coder: "ana",
      size: Size(width: 80, height: 24))
    let terminal = TestTerminal(
      size: Size(width: 80, height: 24),
      script: [
        [.key(.enter)],  // open R01 (selected first)
        [.key(.tab), .key(.tab)],  // back to the transcripts
        Self.keys("j") + [.key(.enter)],  // open R07
        Self.keys("/орыс") + [.key(.enter)],  // search
        Self.keys("vee") + Self.keys("c") + Self.keys("бақ") + [.key(.enter)],  // code as БАҚ
        Self.keys("w") + Self.keys("vee") + Self.keys("+") + [.key(.tab)] + Self.keys("Mass media")
          + [.key(.enter)],
        Self.keys("u"),
        Self.keys("u"),
        [.key(.control("r"))],
        Self.keys("R2"),
        Self.keys("q"),
      ])
    var runtime = Runtime(state: state, environment: store.environment)
    let status = runtime.run(on: terminal)
    #expect(status == 0)
    #expect(terminal.isExhausted)
    let language = Fixture.range(of: "орыс тілі", in: Fixture.r07Body)
    let second = Fixture.range(of: "мен бұқаралық", in: Fixture.r07Body)
    let mediaCoding = store.project.codings.first { $0.coder == "ana" && $0.code == "russia.media" }
    #expect(mediaCoding?.range == language)
    #expect(store.project.codebook["russia.mass-media"] == nil)
    #expect(
      store.log == [
        "coded R07 \(language.start)..\(language.end) russia.media",
        "new code russia.mass-media, coded R07 \(second.start)..\(second.end) russia.mass-media",
      ])
    #expect(store.undoStack.count == 1)
    #expect(store.redoStack.count == 1)
    #expect(terminal.lastFrame?.plainLines().first?.hasPrefix("Reports") == true)
  }

  @Test("a signal ends the session with 128 + its number")
  func signalEnds() {
    let store = InMemoryStore(Fixture.project)
    let state = Fixture.state()
    let terminal = TestTerminal(size: state.size, script: [[.terminationRequested(signal: 15)]])
    var runtime = Runtime(state: state, environment: store.environment)
    #expect(runtime.run(on: terminal) == 143)
  }

  @Test("a refused save leaves the selection for another try and says why")
  func refusedSave() {
    let store = InMemoryStore(Fixture.project)
    store.failure = .staleEdit("test")
    var runtime = Runtime(state: Fixture.state(), environment: store.environment)
    runtime.state.placeCursor(Fixture.range(of: "орыс тілі", in: Fixture.r07Body).start)
    for key in "veec" { _ = runtime.send(.keyPressed(.character(key))) }
    for key in "west" { _ = runtime.send(.keyPressed(.character(key))) }
    _ = runtime.send(.keyPressed(.enter))
    #expect(runtime.state.mode == .selecting)
    #expect(runtime.state.status == .error("Not saved: the project changed meanwhile: test"))
    #expect(store.log.isEmpty)
  }
}
