import TerminalKit
import Testing

@testable import Workbench

@Suite("Fuzzy match")
struct FuzzyMatchTests {
  @Test("letters in order match, in any case, Kazakh letters included")
  func subsequenceAnyCase() {
    #expect(FuzzyMatch(query: "әлм", candidate: "Әлеуметтік медиа") != nil)
    #expect(FuzzyMatch(query: "ҚЫТ", candidate: "қытай") != nil)
    #expect(FuzzyMatch(query: "тк", candidate: "Қытай") == nil)
    #expect(FuzzyMatch(query: "rus", candidate: "Russia")?.positions == [0, 1, 2])
  }

  @Test("a prefix match ranks above a scattered one")
  func ranking() throws {
    let prefix = try #require(FuzzyMatch(query: "рес", candidate: "Ресей"))
    let scattered = try #require(FuzzyMatch(query: "рес", candidate: "прогрессивті"))
    #expect(prefix.score > scattered.score)
  }

  @Test("the picker shows the best matches first and matches either language")
  func pickerOrdersByScore() {
    var picker = PickerState(
      .retrieveCode,
      items: [
        PickerItem(value: "a", title: "Прогресс", keywords: ["Прогресс", "Progress"]),
        PickerItem(value: "b", title: "Ресей", keywords: ["Ресей", "Russia"]),
      ])
    picker.query = TextInput("рес")
    picker.refilter()
    #expect(picker.visible == [1, 0])
    picker.query = TextInput("russ")
    picker.refilter()
    #expect(picker.chosen?.value == "b")
  }
}
