import SarapCore
import TerminalKit
import Testing

@testable import Workbench

@Suite("Reducer: selecting")
struct SelectionReducerTests {
  static var atLanguage: TestStore {
    var store = TestStore(Fixture.state())
    store.state.placeCursor(Fixture.range(of: "орыс тілі", in: Fixture.r07Body).start)
    return store
  }

  @Test("v starts a selection at the cursor")
  func startsSelection() {
    var store = Self.atLanguage
    let cursor = store.state.reader.cursor
    store.send(.keyPressed(.c("v")), outcome: .redraw) {
      $0.reader.anchor = cursor
      $0.modes = [.selecting]
    }
  }

  @Test("e extends the selection to the end of the word, both ends included")
  func extendsByWord() {
    var store = Self.atLanguage
    store.press(.c("v"))
    let start = store.state.reader.cursor
    store.send(.keyPressed(.c("e"))) { $0.reader.cursor = start + 3 }
    #expect(store.state.reader.selection == TextRange(start: start, end: start + 4))
  }

  @Test("a selects the whole answer under the cursor")
  func selectsAnswer() throws {
    var store = Self.atLanguage
    let answer = try #require(
      store.state.reader.document?.answer(containing: store.state.reader.cursor))
    store.press(.c("a"))
    #expect(store.state.mode == .selecting)
    #expect(store.state.reader.selection == answer)
    #expect(
      store.state.trimmedSelection.map { Fixture.r07Body.unicodeScalars.count >= $0.end } == true)
  }

  @Test(") selects to the end of the sentence while selecting")
  func extendsToSentenceEnd() {
    var store = Self.atLanguage
    store.press(.c("v"), .c(")"))
    let expected = Fixture.range(
      of: "орыс тілі мен бұқаралық ақпарат құралдары арқылы.", in: Fixture.r07Body)
    #expect(store.state.reader.selection == expected)
  }

  @Test("Esc drops the selection and goes back to browsing")
  func escapeDropsSelection() {
    var store = Self.atLanguage
    store.press(.c("v"), .c("e"))
    let cursor = store.state.reader.cursor
    store.send(.keyPressed(.escape), outcome: .redraw) {
      $0.reader.anchor = nil
      $0.modes = []
      $0.reader.cursor = cursor
    }
  }

  @Test("c without a selection says why instead of doing nothing")
  func codeWithoutSelectionIsRefused() {
    var store = Self.atLanguage
    store.send(.keyPressed(.c("c")), outcome: .redraw) {
      $0.status = .error("Nothing selected: press v first")
    }
  }

  @Test("] and [ move between coded segments")
  func jumpsBetweenCodedSegments() {
    var store = TestStore(Fixture.state())
    store.press(.c("]"))
    #expect(
      store.state.reader.cursor
        == Fixture.range(of: Fixture.russiaPassage, in: Fixture.r07Body).start)
    store.press(.c("]"))
    #expect(store.state.reader.cursor == Fixture.range(of: "орыс тілі", in: Fixture.r07Body).start)
    store.press(.c("["))
    #expect(
      store.state.reader.cursor
        == Fixture.range(of: Fixture.russiaPassage, in: Fixture.r07Body).start)
  }

  @Test("/ searches the transcript case-insensitively and n moves to the next match")
  func searches() {
    var store = TestStore(Fixture.state())
    store.press(.c("/"))
    store.type("ресей")
    store.press(.enter)
    let first = Fixture.range(of: "Ресей ықпалы", in: Fixture.r07Body).start
    #expect(store.state.reader.cursor == first)
    #expect(store.state.search.matches.count == 2)
    store.press(.c("n"))
    #expect(
      store.state.reader.cursor == Fixture.range(of: "Ресей, Қытай", in: Fixture.r07Body).start)
    #expect(store.state.status == StatusMessage("\"ресей\": match 2 of 2"))
  }

  @Test("a mouse drag in the reader selects the text it passes")
  func mouseDragSelects() throws {
    var store = TestStore(Fixture.state())
    let layout = try #require(WorkbenchLayout.arrange(store.state.size))
    let text = layout.text
    let row = text.y + 4 - store.state.reader.top
    let pressed = try #require(store.state.reader.document).layout.scalarOffset(
      at: Point(x: 0, y: 4))
    store.send(.mouseUsed(MouseEvent(.press, at: Point(x: text.x, y: row)))) {
      $0.focus = .reader
      $0.placeCursor(pressed)
    }
    let drag = MouseEvent(.drag, at: Point(x: text.x + 3, y: row))
    _ = store.state.reduce(.mouseUsed(drag), now: Fixture.time)
    #expect(store.state.mode == .selecting)
    #expect(store.state.reader.selection == TextRange(start: pressed, end: pressed + 4))
  }
}
