import TerminalKit
import Testing

@Suite("Border and hint bar")
struct BorderAndHintBarTests {
  @Test("a border draws a box with its title and returns the inside")
  func border() {
    var buffer = ScreenBuffer(width: 12, height: 4)
    let inside = Border(.light, title: "R03").render(into: &buffer, area: buffer.area)
    #expect(inside == Rect(x: 1, y: 1, width: 10, height: 2))
    #expect(
      buffer.plainLines() == ["┌ R03 ─────┐", "│          │", "│          │", "└──────────┘"])
  }

  @Test("a long title is clipped inside the corners; ASCII boxes work too")
  func clippedTitle() {
    var buffer = ScreenBuffer(width: 8, height: 2)
    Border(.ascii, title: "Transcripts").render(into: &buffer, area: buffer.area)
    #expect(buffer.plainLines() == ["+ Trans+", "+------+"])
  }

  @Test("the box characters are one cell wide")
  func boxCharactersAreNarrow() {
    for box in [BoxCharacters.ascii, .light, .rounded] {
      let all = [
        box.topLeft, box.topRight, box.bottomLeft, box.bottomRight, box.horizontal, box.vertical,
      ]
      #expect(all.allSatisfy { DisplayWidth.of($0) == 1 })
    }
  }

  @Test("the hint bar drops whole hints that do not fit")
  func hintBar() {
    let bar = HintBar(hints: [
      .init(key: "q", label: "Quit"), .init(key: "?", label: "Help"),
      .init(key: "Ctrl-R", label: "Redo"),
    ])
    #expect(bar.line(width: 40).plainText == "q Quit  ? Help  Ctrl-R Redo")
    #expect(bar.line(width: 20).plainText == "q Quit  ? Help")
    var buffer = ScreenBuffer(width: 16, height: 1)
    bar.render(into: &buffer, area: buffer.area)
    #expect(buffer.styleLines(legend: ["k": .bolded]) == ["k.......k......."])
  }
}
