import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// `x`, `C` and `m` on text several of the coder's codings cover ask which one; `n` is the next
/// search match also while selecting, and `+` makes a new code from the selection.
@Suite("Reducer: choosing among overlapping codings")
struct OverlapChoiceTests {
  /// The fixture's reader on "Батыс", covered by two of ana's codings (russia and west).
  static var onWest: TestStore {
    var store = TestStore(Fixture.state())
    store.state.placeCursor(Fixture.range(of: "Батыс елдері", in: Fixture.r07Body).start)
    return store
  }

  @Test("x asks which coding, then removes the one chosen")
  func removeAsksWhich() throws {
    var store = Self.onWest
    #expect(store.press(.c("x")) == .redraw)
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected a question, got \(store.state.mode)")
      return
    }
    #expect(picker.purpose == .chooseCoding(.remove))
    #expect(picker.items.map(\.title) == ["Батыс", "Ресей"])
    let west = Fixture.coding("west", "Батыс елдері", coder: "ana")
    store.type("Рес")
    let russia = Fixture.coding("russia", "Ресей, Қытай және Батыс елдері.", coder: "ana")
    #expect(
      store.press(.enter)
        == .persist(
          .apply(.removeCoding(russia), summary: "removed \(store.state.describe(russia))")))
    #expect(store.state.project.codings.contains(west))
  }

  @Test("C and m ask which coding too, then open the code picker or the memo editor")
  func changeAndMemoAskWhich() {
    var store = Self.onWest
    store.press(.c("C"))
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected a question, got \(store.state.mode)")
      return
    }
    #expect(picker.purpose == .chooseCoding(.recode))
    store.press(.enter)
    guard case .picker(let codes) = store.state.mode, case .changeCoding(let coding) = codes.purpose
    else {
      Issue.record("expected the code picker, got \(store.state.mode)")
      return
    }
    #expect(coding.code == "west")
    store.press(.escape)
    store.press(.c("m"), .enter)
    guard case .textEditor(let editor) = store.state.mode else {
      Issue.record("expected the memo editor, got \(store.state.mode)")
      return
    }
    #expect(editor.target == .codingMemo(Fixture.coding("west", "Батыс елдері", coder: "ana")))
  }

  @Test("with one coding under the cursor x removes it without asking")
  func singleCodingDoesNotAsk() {
    var store = TestStore(Fixture.state())
    store.state.placeCursor(Fixture.range(of: "Ресей, Қытай", in: Fixture.r07Body).start)
    let russia = Fixture.coding("russia", "Ресей, Қытай және Батыс елдері.", coder: "ana")
    #expect(
      store.press(.c("x"))
        == .persist(
          .apply(.removeCoding(russia), summary: "removed \(store.state.describe(russia))")))
  }

  @Test("n while selecting extends the selection through the whole next search match")
  func nextMatchWhileSelecting() {
    var store = TestStore(Fixture.state())
    store.press(.c("/"))
    store.type("ресей")
    store.press(.enter)
    store.press(.c("v"), .c("n"))
    #expect(store.state.mode == .selecting)
    let first = Fixture.range(of: "Ресей ықпалы", in: Fixture.r07Body).start
    let second = Fixture.range(of: "Ресей, Қытай", in: Fixture.r07Body).start
    #expect(store.state.reader.selection == TextRange(start: first, end: second + 5))
    #expect(store.state.reader.cursor == second + 4)
  }

  @Test("N while selecting backwards takes the selection to the match's first letter")
  func previousMatchWhileSelecting() {
    var store = TestStore(Fixture.state())
    let second = Fixture.range(of: "Ресей, Қытай", in: Fixture.r07Body).start
    store.press(.c("/"))
    store.type("ресей")
    store.press(.enter)
    store.state.placeCursor(second + 8)
    store.press(.c("v"), .c("N"))
    #expect(store.state.reader.selection == TextRange(start: second, end: second + 9))
  }
}
