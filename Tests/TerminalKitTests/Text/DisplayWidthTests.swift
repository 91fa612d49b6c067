import Testing

@testable import TerminalKit

@Suite("Display width")
struct DisplayWidthTests {
  @Test("Kazakh and Russian letters are one cell each")
  func kazakhIsNarrow() {
    #expect(DisplayWidth.of("Сәлем") == 5)
    #expect(DisplayWidth.of("әғқңөұүһі ӘҒҚҢӨҰҮҺІ") == 19)
    #expect(DisplayWidth.of("ықпалы") == 6)
  }

  @Test("CJK and emoji are two cells; sequences sum per scalar")
  func wideCharacters() {
    #expect(DisplayWidth.of("漢字") == 4)
    #expect(DisplayWidth.of(Character("👍")) == 2)
    #expect(DisplayWidth.of(Character("👍🏽")) == 4)
    #expect(DisplayWidth.of(Character("👩‍💻")) == 4)
    #expect(DisplayWidth.of(Character("❤️")) == 1)
    #expect(DisplayWidth.of(Character("🇰🇿")) == 2)
  }

  @Test("combining marks take no cell after a base and one with a ◌ base alone")
  func combiningMarks() {
    #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
    #expect(DisplayWidth.of("\u{438}\u{306}") == 1)
    #expect(DisplayWidth.of(Character("\u{301}")) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
  }

  @Test("scalar widths are wcwidth's, including -1 for controls")
  func scalarWidths() {
    #expect(DisplayWidth.of(Unicode.Scalar(0x41)!) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar(0x7)!) == -1)
    #expect(DisplayWidth.of(Unicode.Scalar(0x0)!) == 0)
    #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
    #expect(DisplayWidth.of(Unicode.Scalar(0x4E00)!) == 2)
    #expect(DisplayWidth.of(Unicode.Scalar(0x2500)!) == 1)
  }

  @Test("controls and tabs take one cell when drawn")
  func controls() {
    #expect(DisplayWidth.of("a\tb") == 3)
    #expect(DisplayWidth.of("a\u{7}b") == 3)
    #expect(DisplayText.clusters(of: "a\tb\u{7}").map(\.text) == ["a", " ", "b", "\u{FFFD}"])
  }

  @Test("display normalisation strips joiners, adds ◌ bases and caps marks at four")
  func normalisation() {
    #expect(DisplayText.clusters(of: "👩‍💻").map(\.text) == ["👩", "💻"])
    #expect(DisplayText.clusters(of: "❤️").map(\.text) == ["❤"])
    #expect(DisplayText.clusters(of: "\u{301}x").map(\.text) == ["\u{25CC}\u{301}", "x"])
    let sixMarks = "a" + String(repeating: "\u{301}", count: 6)
    #expect(
      DisplayText.clusters(of: sixMarks).map(\.text) == [
        "a" + String(repeating: "\u{301}", count: 4)
      ])
  }

  @Test(
    "the width of a string is the sum of its characters' widths",
    arguments: [
      "Ресей «ықпалы» зор", "漢字 and 👩‍💻 and e\u{301}", "\u{301}\u{301}a\t\r\n", "🇰🇿🇰🇿x",
    ])
  func stringWidthIsSumOfCharacters(_ text: String) {
    #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    #expect(DisplayWidth.of(text) == DisplayText.clusters(of: text).reduce(0) { $0 + $1.width })
  }
}
