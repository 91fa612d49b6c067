import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The runtime on a scripted terminal, opened with nobody named: the first edit asks, the name
/// goes to the store through the environment, and the edit is saved under it.
@Suite("Scripted session: the first edit asks for a name")
struct CoderPromptSessionTests {
  /// The names the environment was asked to remember.
  final class Remembered {
    var names: [Coder.ID] = []
  }

  @Test("open, select, c: the prompt; a name and Enter: the picker; a code: saved under the name")
  func firstEditAsks() {
    let store = InMemoryStore(Fixture.project)
    let remembered = Remembered()
    var environment = store.environment
    environment.rememberCoder = { remembered.names.append($0) }
    var state = AppState(
      project: store.project, projectName: "soft-power", coder: nil,
      size: Size(width: 80, height: 24))
    state.loginName = "root"
    let terminal = TestTerminal(
      size: state.size,
      script: [
        [.key(.enter), .key(.tab), .key(.tab), .key(.character("j")), .key(.enter)],
        "/орыс".map { .key(.character($0)) } + [.key(.enter)],
        "veec".map { .key(.character($0)) },
        [.key(.control("u"))] + "Әлия".map { .key(.character($0)) } + [.key(.enter)],
        "бақ".map { .key(.character($0)) } + [.key(.enter)],
        [.key(.character("q"))],
      ])
    var runtime = Runtime(state: state, environment: environment)
    #expect(runtime.run(on: terminal) == 0)
    #expect(remembered.names == ["Әлия"])
    #expect(runtime.state.coder == "Әлия")
    let coded = store.project.codings.filter { $0.coder == "Әлия" }
    #expect(coded.map(\.code) == ["russia.media"])
    #expect(coded.first?.range == Fixture.range(of: "орыс тілі", in: Fixture.r07Body))
    #expect(store.log.count == 1)
  }

  @Test("a name the environment cannot remember leaves nobody named and nothing saved")
  func rememberFails() {
    let store = InMemoryStore(Fixture.project)
    var runtime = Runtime(
      state: {
        var state = Fixture.state()
        state.coder = nil
        return state
      }(), environment: store.environment)
    runtime.state.placeCursor(Fixture.range(of: "орыс тілі", in: Fixture.r07Body).start)
    for key in "veec" { _ = runtime.send(.keyPressed(.character(key))) }
    for key in "ana" { _ = runtime.send(.keyPressed(.character(key))) }
    _ = runtime.send(.keyPressed(.enter))
    guard case .coderPrompt(let prompt) = runtime.state.mode else {
      Issue.record("the prompt closed")
      return
    }
    #expect(prompt.problem == "Not remembered: this workbench cannot read or write files")
    #expect(runtime.state.coder == nil)
    #expect(store.log.isEmpty)
  }
}
