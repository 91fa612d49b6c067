import TerminalKit
import Testing

@Suite("Text input")
struct TextInputTests {
  @Test("typing, moving and deleting edit at the cursor")
  func editing() {
    var input = TextInput("қазақ")
    input.handle(.left)
    input.handle(.left)
    input.handle(.character("X"))
    #expect(input.text == "қазXақ")
    input.handle(.backspace)
    input.handle(.delete)
    #expect(input.text == "қазқ")
    #expect(input.cursor == 3)
    input.handle(.home)
    input.handle(.character("«"))
    input.handle(.end)
    input.insert("»")
    #expect(input.text == "«қазқ»")
  }

  @Test("word and line deletion")
  func wordDeletion() {
    var input = TextInput("Ресей ықпалы  ")
    input.handle(.control("w"))
    #expect(input.text == "Ресей ")
    input.handle(.control("u"))
    #expect(input.text.isEmpty)
    let handled = input.handle(.enter)
    #expect(!handled)
  }

  @Test("the cursor never splits a cluster")
  func clusters() {
    var input = TextInput("e\u{301}👩‍💻")
    input.handle(.left)
    #expect(input.cursor == 1)
    input.handle(.backspace)
    #expect(input.text == "👩‍💻")
  }

  @Test("renders scrolled so the cursor stays visible, the cursor cell reversed")
  func rendering() {
    var buffer = ScreenBuffer(width: 5, height: 1)
    TextInput("abcdefg").render(into: &buffer, area: buffer.area)
    #expect(buffer.plainLines() == ["defg"])
    #expect(buffer.styleLines(legend: ["r": .reversed]) == ["....r"])
    var start = TextInput("abcdefg")
    start.handle(.home)
    start.render(into: &buffer, area: buffer.area)
    #expect(buffer.plainLines() == ["abcde"])
    #expect(buffer.styleLines(legend: ["r": .reversed]) == ["r...."])
  }
}
