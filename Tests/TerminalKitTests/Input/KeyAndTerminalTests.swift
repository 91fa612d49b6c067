import TerminalKit
import Testing

@Suite("Keys, colours and the test terminal")
struct KeyAndTerminalTests {
  @Test("keys have the names help text shows")
  func keyNames() {
    let keys: [Key] = [
      .character("j"), .character(" "), .control("r"), .enter, .escape, .backTab, .function(1),
      .pageDown, .character("қ"),
    ]
    #expect(
      keys.map(\.name) == ["j", "Space", "Ctrl-R", "Enter", "Esc", "Shift-Tab", "F1", "PgDn", "қ"])
  }

  @Test("a signal's exit status is 128 + its number")
  func exitStatus() {
    #expect(InputEvent.exitStatus(forSignal: 15) == 143)
    #expect(InputEvent.exitStatus(forSignal: 2) == 130)
  }

  @Test("24-bit colours map to the nearest of the 256")
  func nearestColours() {
    #expect(TerminalColor.rgb(255, 0, 0) == .indexed(196))
    #expect(TerminalColor.rgb(0, 0, 0) == .indexed(16))
    #expect(TerminalColor.rgb(128, 128, 128) == .indexed(244))
    #expect(TerminalColor.rgb(0x5F, 0x87, 0xAF) == .indexed(67))
  }

  @Test("merging styles adds attributes and takes non-default colours")
  func merging() {
    let coded = Style(foreground: .blue, underline: true)
    #expect(coded.merging(.reversed) == Style(foreground: .blue, underline: true, reverse: true))
    #expect(Style.plain.merging(coded.background(.yellow)).background == .yellow)
  }

  @Test("the test terminal hands out batches in order, applies resizes and keeps frames")
  func testTerminal() {
    let terminal = TestTerminal(
      size: Size(width: 10, height: 2),
      script: [[.key(.down)], [.resize(Size(width: 4, height: 1)), .key(.enter)]])
    #expect(terminal.readEvents(timeoutMilliseconds: -1) == [.key(.down)])
    terminal.draw(ScreenBuffer(lines: ["one"]))
    #expect(terminal.readEvents(timeoutMilliseconds: -1).count == 2)
    #expect(terminal.size == Size(width: 4, height: 1))
    #expect(terminal.isExhausted)
    #expect(terminal.readEvents(timeoutMilliseconds: 0).isEmpty)
    #expect(terminal.readsAfterScript == 1)
    terminal.enqueue([.wake])
    #expect(terminal.readEvents(timeoutMilliseconds: 0) == [.wake])
    #expect(terminal.frames.map { $0.plainLines() } == [["one"]])
  }
}
