import SarapCore
import TerminalKit
import Testing

@testable import Workbench

@Suite("Reducer: coding")
struct CodingReducerTests {
  static let language = Fixture.range(of: "орыс тілі", in: Fixture.r07Body)

  static var selectingLanguage: TestStore {
    var store = SelectionReducerTests.atLanguage
    store.press(.c("v"), .c("e"), .c("e"))
    return store
  }

  @Test("c opens the code picker on the selection, the codes used lately first")
  func opensPicker() {
    var store = Self.selectingLanguage
    store.send(.keyPressed(.c("c")), outcome: .redraw) {
      let items = $0.recentCodeItems() + $0.codeItems()
      $0.modes.append(.picker(PickerState(.applyCode(Self.language), items: items)))
    }
    #expect(store.state.recentCodeItems().map(\.value) == ["russia", "west"])
  }

  @Test("choosing a code asks the store to save the coding; the screen waits for it")
  func choosingSavesThroughTheStore() {
    var store = Self.selectingLanguage
    store.press(.c("c"))
    store.type("media")
    let coding = Coding(
      transcript: "R07", range: Self.language, code: "russia.media", coder: "ana",
      time: Fixture.time, fingerprint: TextFingerprint(of: "орыс тілі"))
    let summary = "coded R07 \(Self.language.start)..\(Self.language.end) russia.media"
    store.send(.keyPressed(.enter), outcome: .persist(.apply(.addCoding(coding), summary: summary)))
    {
      $0.modes = [.selecting]
      $0.lastCode = "russia.media"
    }
  }

  @Test("a saved edit replaces the project, clears the selection and says so")
  func savedEditIsShown() throws {
    var store = Self.selectingLanguage
    var saved = store.state.project
    let coding = Fixture.coding("west", "орыс тілі", coder: "ana")
    try saved.apply(.addCoding(coding))
    store.send(
      .editSaved(saved, summary: "coded it"), outcome: .redraw
    ) {
      $0.project = saved
      $0.analysis = Analysis(saved)
      $0.reader.overlay = CodingOverlay(
        saved.codings(in: "R07"), layout: $0.reader.document?.layout)
      $0.modes = []
      $0.reader.anchor = nil
      $0.status = StatusMessage("Saved: coded it")
    }
  }

  @Test("a failed save changes nothing but the message")
  func failedSaveKeepsEverything() {
    var store = Self.selectingLanguage
    store.send(.editFailed("disk full"), outcome: .redraw) {
      $0.status = .error("Not saved: disk full")
    }
  }

  @Test("+ proposes a new code named from the selected words, under the selected theme")
  func newCodeFromSelection() {
    var store = Self.selectingLanguage
    store.send(.keyPressed(.c("+")), outcome: .redraw) {
      $0.modes.append(
        .newCode(
          NewCodeState(
            nameKK: "орыс тілі", themes: ["russia", "china", "west"], themeIndex: 0,
            range: Self.language)))
    }
    // Under Ресей the name is its Орыс тілі's (refused: CodebookHygieneTests); under Қытай it
    // is free. The colour is the palette's first that no code uses (Қытай and its Экономика
    // have green and teal).
    store.press(.control("n"), .tab)
    store.type("Russian tongue")
    let outcome = store.press(.enter)
    let code = Code(
      id: "china.russian-tongue", parent: "china", nameKK: "орыс тілі", nameEN: "Russian tongue",
      colour: Colour(red: 0xB5, green: 0xD8, blue: 0x6B))
    let coding = Coding(
      transcript: "R07", range: Self.language, code: code.id, coder: "ana", time: Fixture.time,
      fingerprint: TextFingerprint(of: "орыс тілі"))
    let summary =
      "new code china.russian-tongue, coded R07 \(Self.language.start)..\(Self.language.end) china.russian-tongue"
    #expect(
      outcome
        == .persist(
          .apply(.batch([.addCode(code, position: 5), .addCoding(coding)]), summary: summary)))
    #expect(store.state.modes == [.selecting])
  }

  @Test("x removes your coding under the cursor (chosen among yours), not someone else's")
  func removesOwnCoding() {
    var store = TestStore(Fixture.state())
    store.state.placeCursor(Fixture.range(of: "Батыс елдері", in: Fixture.r07Body).start)
    let west = Fixture.coding("west", "Батыс елдері", coder: "ana")
    #expect(
      store.press(.c("x"), .enter)
        == .persist(
          .apply(
            .removeCoding(west), summary: "removed R07 \(west.range.start)..\(west.range.end) west")
        ))
    store.state.placeCursor(Fixture.range(of: "орыс тілі", in: Fixture.r07Body).start)
    store.send(.keyPressed(.c("x")), outcome: .redraw) {
      $0.status = .error("None of your codings is under the cursor")
    }
  }

  @Test("C changes the code of the coding under the cursor and keeps its memo")
  func changesCodeKeepingMemo() {
    var store = TestStore(Fixture.state())
    var project = store.state.project
    let old = Fixture.coding("west", "Батыс елдері", coder: "ana")
    var withMemo = old
    withMemo.memo = "Europe and the US"
    _ = try? project.apply(.replaceCoding(old: old, new: withMemo))
    _ = store.state.reduce(.editSaved(project, summary: "memo"), now: Fixture.time)
    store.state.placeCursor(old.range.start)
    store.press(.c("C"), .enter)
    store.type("china")
    var changed = withMemo
    changed.code = "china"
    let outcome = store.press(.enter)
    #expect(
      outcome
        == .persist(
          .apply(
            .replaceCoding(old: withMemo, new: changed),
            summary: "recoded R07 \(old.range.start)..\(old.range.end) west as china")))
  }

  @Test("m writes a memo on the coding under the cursor; Ctrl-S saves it")
  func memoOnCoding() {
    var store = TestStore(Fixture.state())
    let west = Fixture.coding("west", "Батыс елдері", coder: "ana")
    store.state.placeCursor(west.range.start)
    store.press(.c("m"), .enter)
    store.type("Ескерту")
    store.press(.enter)
    store.type("2")
    var memo = west
    memo.memo = "Ескерту\n2"
    let outcome = store.press(.control("s"))
    #expect(
      outcome
        == .persist(
          .apply(
            .replaceCoding(old: west, new: memo),
            summary: "memo on R07 \(west.range.start)..\(west.range.end) west")))
    #expect(store.state.modes == [])
  }

  @Test("Esc on a changed memo asks before discarding")
  func changedMemoAsks() {
    var store = TestStore(Fixture.state())
    store.press(.c("m"))
    store.type("x")
    store.press(.escape)
    guard case .confirm(let question) = store.state.mode else {
      Issue.record("expected a question, got \(store.state.mode)")
      return
    }
    #expect(question.consequence == .discardText)
    store.press(.c("y"))
    #expect(store.state.modes == [])
  }
}
