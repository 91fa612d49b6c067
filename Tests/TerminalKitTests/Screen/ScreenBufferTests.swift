import Testing

@testable import TerminalKit

@Suite("Screen buffer")
struct ScreenBufferTests {
  @Test("put writes text and returns the columns used")
  func putWritesText() {
    var buffer = ScreenBuffer(width: 10, height: 2)
    #expect(buffer.put("Сәлем", at: Point(x: 1, y: 0)) == 5)
    #expect(buffer.put("漢字", at: Point(x: 0, y: 1)) == 4)
    #expect(buffer.plainLines() == [" Сәлем", "漢字"])
    #expect(buffer[1, 1].isContinuation)
  }

  @Test("a wide character at the last column leaves a blank instead of wrapping")
  func wideAtLastColumn() {
    var buffer = ScreenBuffer(lines: ["abcde", "fghij"])
    #expect(buffer.put("x漢", at: Point(x: 3, y: 0)) == 2)
    #expect(buffer.plainLines() == ["abcx", "fghij"])
  }

  @Test("clip width stops text and blanks a cut wide character")
  func clipWidth() {
    var buffer = ScreenBuffer(lines: ["..........."])
    #expect(buffer.put("ab漢字", at: Point(x: 1, y: 0), style: .plain, maxWidth: 5) == 5)
    #expect(buffer.plainLines() == [".ab漢 ....."])
  }

  @Test("overwriting half of a wide character blanks all of it")
  func overwriteHalf() {
    var buffer = ScreenBuffer(width: 6, height: 2)
    buffer.put("漢字漢", at: Point(x: 0, y: 0))
    buffer.put("x", at: Point(x: 1, y: 0))
    buffer.put("y", at: Point(x: 2, y: 0))
    #expect(buffer.plainLines()[0] == " xy 漢")
    buffer.put("漢字", at: Point(x: 0, y: 1))
    buffer.put("界", at: Point(x: 1, y: 1))
    #expect(buffer.plainLines()[1] == " 界")
    #expect(!buffer.row(1).contains { $0.isContinuation && $0.text != "" })
  }

  @Test("text starting left of the buffer is clipped and cut wide characters blanked")
  func negativeX() {
    var buffer = ScreenBuffer(lines: ["....."])
    #expect(buffer.put("漢ab", at: Point(x: -1, y: 0)) == 4)
    #expect(buffer.plainLines() == [" ab.."])
  }

  @Test("fill and setStyle cover the rectangle; setStyle takes wide characters whole")
  func fillAndStyle() {
    var buffer = ScreenBuffer(lines: ["abcdef", "漢字ab"])
    buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: .reversed)
    buffer.setStyle(.bolded, in: Rect(x: 1, y: 1, width: 1, height: 1))
    #expect(buffer.plainLines() == ["a  def", "漢字ab"])
    #expect(buffer.styleLines(legend: ["r": .reversed, "b": .bolded]) == [".rr...", "bb...."])
  }

  @Test("fill with a character repeats it, blanking where a wide one does not fit")
  func fillWithCharacter() {
    var buffer = ScreenBuffer(width: 5, height: 2)
    buffer.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "─")
    buffer.fill(Rect(x: 0, y: 1, width: 5, height: 1), with: "漢")
    #expect(buffer.plainLines() == ["─────", "漢漢"])
  }

  @Test("newlines and controls never reach the buffer")
  func controlsAreReplaced() {
    var buffer = ScreenBuffer(width: 8, height: 1)
    buffer.put("a\nb\tc", at: .zero)
    #expect(buffer.plainLines() == ["a\u{FFFD}b c"])
  }

  @Test("buffers built from lines equal buffers drawn the same way")
  func equality() {
    var drawn = ScreenBuffer(width: 4, height: 1)
    drawn.put("ab", at: .zero)
    #expect(drawn == ScreenBuffer(lines: ["ab  "]))
    #expect(drawn != ScreenBuffer(lines: ["ab c"]))
  }
}
