import SarapCore
import TerminalKit
import Testing

@testable import Workbench

@Suite("Reducer: codebook")
struct CodebookReducerTests {
  /// The fixture with the codebook focused and `russia.media` selected.
  static var onMedia: TestStore {
    var store = TestStore(Fixture.state())
    store.press(.tab, .c("j"), .c("j"))
    return store
  }

  @Test("Tab moves the focus from the reader to the codebook and on to the transcripts")
  func tabCyclesPanes() {
    var store = TestStore(Fixture.state())
    store.send(.keyPressed(.tab), outcome: .redraw) { $0.focus = .codebook }
    store.send(.keyPressed(.tab), outcome: .redraw) { $0.focus = .transcripts }
  }

  @Test("e renames a code in both languages")
  func renames() throws {
    var store = Self.onMedia
    let old = try #require(store.state.selectedCode)
    #expect(old.id == "russia.media")
    store.press(.c("e"))
    store.press(.control("u"))
    store.type("Медиа")
    store.press(.tab, .control("u"))
    store.type("Mass media")
    var new = old
    new.nameKK = "Медиа"
    new.nameEN = "Mass media"
    #expect(
      store.press(.enter)
        == .persist(.apply(.updateCode(old: old, new: new), summary: "renamed russia.media")))
    #expect(store.state.modes == [])
  }

  @Test("> moves a code under another theme")
  func movesUnderTheme() throws {
    var store = Self.onMedia
    let old = try #require(store.state.selectedCode)
    store.press(.c(">"))
    store.type("west")
    var new = old
    new.parent = "west"
    #expect(
      store.press(.enter)
        == .persist(
          .apply(.updateCode(old: old, new: new), summary: "moved russia.media under west")))
  }

  @Test("M asks first, then merges a code into another with the core's merge edit")
  func merges() throws {
    var store = Self.onMedia
    store.press(.c("M"))
    store.type("тіл")
    #expect(store.press(.enter) == .redraw)
    guard case .confirm(let question) = store.state.mode else {
      Issue.record("expected a question, got \(store.state.mode)")
      return
    }
    #expect(question.question.hasPrefix("Merge БАҚ into Орыс тілі: 1 codings"))
    let edit = try store.state.project.mergeEdit("russia.media", into: "russia.language")
    #expect(
      store.press(.c("y"))
        == .persist(.apply(edit, summary: "merged russia.media into russia.language")))
  }

  @Test("p recolours a code from the palette")
  func recolours() throws {
    var store = Self.onMedia
    let old = try #require(store.state.selectedCode)
    store.press(.c("p"))
    store.type("violet")
    var new = old
    new.colour = Colour(red: 0xC6, green: 0x78, blue: 0xDD)
    #expect(
      store.press(.enter)
        == .persist(
          .apply(.updateCode(old: old, new: new), summary: "recoloured russia.media violet")))
  }

  @Test("d asks first, then deletes the code with its codings, undoably")
  func deletesAfterAsking() throws {
    var store = Self.onMedia
    #expect(store.press(.c("d")) == .redraw)
    guard case .confirm(let question) = store.state.mode else {
      Issue.record("expected a question")
      return
    }
    #expect(question.question == "Delete БАҚ, 0 subcodes and 1 codings? (u undoes)")
    let edit = try store.state.project.deleteEdit("russia.media")
    #expect(store.press(.c("y")) == .persist(.apply(edit, summary: "deleted code russia.media")))
    #expect(store.state.modes == [])
  }

  @Test("n in the codebook opens an empty new-code dialog under the selected code's theme")
  func newCodeFromCodebook() {
    var store = Self.onMedia
    store.send(.keyPressed(.c("n")), outcome: .redraw) {
      $0.modes = [
        .newCode(
          NewCodeState(nameKK: "", themes: ["russia", "china", "west"], themeIndex: 0, range: nil))
      ]
    }
    store.press(.tab, .tab, .right)
    guard case .newCode(let dialog) = store.state.mode else {
      Issue.record("expected the new-code dialog, got \(store.state.mode)")
      return
    }
    #expect(dialog.theme == "china")
    #expect(store.press(.enter) == .redraw)
    #expect(store.state.status == .error("Give the code a name"))
  }

  @Test("a read-only project refuses edits and says why")
  func readOnlyRefuses() {
    var state = Fixture.state()
    state.isReadOnly = true
    var store = TestStore(state)
    store.send(.keyPressed(.c("u")), outcome: .redraw) {
      $0.status = .error("Read-only: the project was opened with --read-only")
    }
  }
}
