import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The coder's name, asked once before the first edit when Sarap cannot name the researcher.
@Suite("Reducer: the coder's name")
struct CoderPromptReducerTests {
  static let language = Fixture.range(of: "орыс тілі", in: Fixture.r07Body)

  /// The fixture with nobody named, login name `aigerim`, "орыс тілі" selected.
  static var anonymousSelecting: TestStore {
    var store = SelectionReducerTests.atLanguage
    store.state.coder = nil
    store.state.loginName = "aigerim"
    store.press(.c("v"), .c("e"), .c("e"))
    return store
  }

  static let asking = StatusMessage("Sarap records who codes: give your name once for this project")

  @Test("an editing key opens the prompt, prefilled with the login name, instead of its command")
  func editingKeyAsks() {
    var store = Self.anonymousSelecting
    store.send(.keyPressed(.c("c")), outcome: .redraw) {
      $0.modes.append(
        .coderPrompt(
          CoderPromptState(suggestion: "aigerim", next: .command(.coding(.codeSelection)))))
      $0.status = Self.asking
    }
  }

  @Test("reading needs no name: moving, searching, reports and help never ask")
  func readingNeverAsks() {
    var store = Self.anonymousSelecting
    store.press(.escape, .c("j"), .c("w"), .c("}"), .c("/"))
    store.type("Қытай")
    store.press(.enter, .c("n"), .tab, .c("j"), .c("R"), .c("2"), .c("?"))
    #expect(!store.state.modes.contains { if case .coderPrompt = $0 { true } else { false } })
    #expect(store.state.coder == nil)
  }

  @Test("Enter asks the store to remember the name; the prompt waits for the answer")
  func enterRemembers() {
    var store = Self.anonymousSelecting
    store.press(.c("c"), .control("u"))
    store.type("  Әлия ")
    store.send(.keyPressed(.enter), outcome: Outcome(.redraw, effects: [.rememberCoder("Әлия")])) {
      $0.status = nil
    }
  }

  @Test("once remembered, the name is the coder and the interrupted command runs")
  func rememberedResumes() {
    var store = Self.anonymousSelecting
    store.press(.c("c"))
    store.send(.coderRemembered("aigerim"), outcome: .redraw) {
      $0.coder = "aigerim"
      $0.modes = [
        .selecting,
        .picker(
          PickerState(.applyCode(Self.language), items: $0.recentCodeItems() + $0.codeItems())),
      ]
      $0.status = StatusMessage("Coding as aigerim (remembered for this project)")
    }
    store.type("media")
    let coding = Coding(
      transcript: "R07", range: Self.language, code: "russia.media", coder: "aigerim",
      time: Fixture.time, fingerprint: TextFingerprint(of: "орыс тілі"))
    let summary = "coded R07 \(Self.language.start)..\(Self.language.end) russia.media"
    store.send(.keyPressed(.enter), outcome: .persist(.apply(.addCoding(coding), summary: summary)))
    {
      $0.modes = [.selecting]
      $0.status = nil
      $0.lastCode = "russia.media"
    }
  }

  @Test("a name that cannot name a coder keeps the prompt open and says why")
  func invalidNameStays() {
    var store = Self.anonymousSelecting
    store.press(.c("c"), .control("u"))
    store.type("ana/bob")
    guard case .coderPrompt(var prompt) = store.state.mode else {
      Issue.record("the prompt is not open")
      return
    }
    prompt.problem = "a coder's name cannot hold '/' (column 4)"
    store.send(.keyPressed(.enter), outcome: .redraw) {
      $0.modes[$0.modes.count - 1] = .coderPrompt(prompt)
      $0.status = nil
    }
  }

  @Test("Esc closes the prompt: nobody is named, nothing changed, the selection stays")
  func escapeCancels() {
    var store = Self.anonymousSelecting
    store.press(.c("c"))
    store.send(.keyPressed(.escape), outcome: .redraw) {
      $0.modes = [.selecting]
      $0.status = StatusMessage("No name given: nothing was changed")
    }
  }

  @Test("a name the store could not remember keeps the prompt open with the reason")
  func notRemembered() {
    var store = Self.anonymousSelecting
    store.press(.c("c"))
    store.send(.coderNotRemembered("disk full"), outcome: .redraw) {
      var prompt = CoderPromptState(suggestion: "aigerim", next: .command(.coding(.codeSelection)))
      prompt.problem = "Not remembered: disk full"
      $0.modes[$0.modes.count - 1] = .coderPrompt(prompt)
    }
  }

  @Test("a typed edit (:code) asks too, and runs once the name is remembered")
  func typedEditAsks() {
    var store = Self.anonymousSelecting
    store.press(.c(":"))
    store.type("code west")
    store.send(.keyPressed(.enter), outcome: .redraw) {
      $0.modes = [
        .selecting,
        .coderPrompt(CoderPromptState(suggestion: "aigerim", next: .typed("code west"))),
      ]
      $0.status = Self.asking
    }
    let outcome = store.state.reduce(.coderRemembered("aigerim"), now: Fixture.time)
    guard case .apply(.addCoding(let coding), _) = outcome.effects.first else {
      Issue.record("no coding saved: \(outcome)")
      return
    }
    #expect(coding.coder == "aigerim" && coding.code == "west" && coding.range == Self.language)
  }

  @Test(":coder NAME names the coder; :coder alone asks; a bad name is refused")
  func coderCommand() {
    var store = TestStore(Fixture.state())
    store.press(.c(":"))
    store.type("coder bob")
    store.send(.keyPressed(.enter), outcome: Outcome(.redraw, effects: [.rememberCoder("bob")])) {
      $0.modes = []
    }
    store.send(.coderRemembered("bob"), outcome: .redraw) {
      $0.coder = "bob"
      $0.status = StatusMessage("Coding as bob (remembered for this project)")
    }
    store.press(.c(":"))
    store.type("coder")
    store.send(.keyPressed(.enter), outcome: .redraw) {
      $0.modes = [.coderPrompt(CoderPromptState(suggestion: "bob", next: nil))]
      $0.status = Self.asking
    }
    store.press(.escape, .c(":"))
    store.type("coder \u{7}")
    store.send(.keyPressed(.enter), outcome: .redraw) {
      $0.modes = []
      $0.status = .error(
        "Coder unchanged: a coder's name cannot hold the control character U+7 (column 1)")
    }
  }

  @Test(":codings NAME|all filters the reader (what :coder did before)")
  func codingsFilter() {
    var store = TestStore(Fixture.state())
    store.press(.c(":"))
    store.type("codings ana")
    store.send(.keyPressed(.enter), outcome: .redraw) {
      $0.modes = []
      $0.shownCoder = "ana"
      $0.reader.overlay = CodingOverlay(
        $0.project.codings(in: "R07", coder: "ana"), layout: $0.reader.document?.layout)
      $0.status = StatusMessage("Reader shows codings of ana")
    }
  }

  @Test("read-only never asks: the edit is refused with its reason")
  func readOnlyNeverAsks() {
    var store = Self.anonymousSelecting
    store.state.isReadOnly = true
    store.send(.keyPressed(.c("c")), outcome: .redraw) {
      $0.status = .error("Read-only: the project was opened with --read-only")
    }
  }

  @Test("the commands that ask for a name are exactly those read-only refuses")
  func editingCommandsMatchReadOnly() {
    var state = Fixture.state()
    state.isReadOnly = true
    for binding in KeyBinding.table {
      let refused = binding.disabledReason(state)?.hasPrefix("Read-only") ?? false
      let asks = state.changesProject(binding.command)
      #expect(refused == asks, "\(binding.keyNames) in \(binding.context): \(binding.command)")
    }
    state.modes = [.review]
    #expect(state.changesProject(.dialog(.confirmChoice)))
  }

  @Test("without a name, none of the coder's codings is under the cursor")
  func noCodingsOfNobody() {
    var state = Fixture.state()
    state.placeCursor(Fixture.range(of: "Батыс елдері", in: Fixture.r07Body).start)
    #expect(state.codingUnderCursor?.coder == "ana")
    state.coder = nil
    #expect(state.codingUnderCursor == nil)
  }
}
