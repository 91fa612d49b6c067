import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Selections made by word motions hold whole words: never a letter of the next word.
@Suite("Reducer: selecting by word")
struct WordSelectionTests {
  /// A store with the reader's cursor on the first letter of `needle` in R07.
  static func store(at needle: String) -> TestStore {
    var store = TestStore(Fixture.state())
    store.state.placeCursor(Fixture.range(of: needle, in: Fixture.r07Body).start)
    return store
  }

  /// The text the selection holds once trimmed, as a coding would store it.
  static func selectedText(_ store: TestStore) -> String? {
    guard let range = store.state.trimmedSelection else { return nil }
    return store.state.reader.document?.text(range)
  }

  @Test("v w selects the word under the cursor and nothing of the next")
  func oneWordForward() {
    var store = Self.store(at: "Ресей ықпалы")
    store.press(.c("v"), .c("w"))
    #expect(Self.selectedText(store) == "Ресей")
  }

  @Test("v w w selects two whole words")
  func twoWordsForward() {
    var store = Self.store(at: "Ресей ықпалы")
    store.press(.c("v"), .c("w"), .c("w"))
    #expect(Self.selectedText(store) == "Ресей ықпалы")
  }

  @Test("v W selects a word with its punctuation, not the next word's first letter")
  func bigWordForward() {
    var store = Self.store(at: "Ресей, Қытай")
    store.press(.c("v"), .c("W"))
    #expect(Self.selectedText(store) == "Ресей,")
  }

  @Test("v b b from a word's first letter selects the two words before it, not that letter")
  func twoWordsBackward() {
    var store = Self.store(at: "әлі де зор")
    store.press(.c("v"), .c("b"), .c("b"))
    #expect(Self.selectedText(store) == "Ресей ықпалы")
  }

  @Test("v w + prefills the new code's name with the selected word only")
  func newCodeNameIsTheWord() {
    var store = Self.store(at: "Ресей ықпалы")
    store.press(.c("v"), .c("w"), .c("+"))
    guard case .newCode(let dialog) = store.state.mode else {
      Issue.record("expected the new-code dialog, got \(store.state.mode)")
      return
    }
    #expect(dialog.nameKK.text == "Ресей")
  }

  @Test("v { starts the selection after the speaker label, as a does")
  func paragraphBackwardSkipsLabel() {
    var store = Self.store(at: "Қытай экономикалық")
    store.press(.c("v"), .c("{"))
    let text = Self.selectedText(store) ?? ""
    #expect(text.hasPrefix("Жұмсақ күш бүгінде"))
    #expect(text.hasSuffix("арқылы."))
  }

  @Test("l still moves the selection's end character by character")
  func characterMotionsStayExact() {
    var store = Self.store(at: "ықпалы әлі")
    store.press(.c("v"), .c("l"), .c("l"))
    #expect(Self.selectedText(store) == "ықп")
  }
}
