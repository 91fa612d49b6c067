import Testing

@testable import TerminalKit

@Suite("Renderer")
struct RendererTests {
  @Test("the first frame is drawn whole, as runs of one style covering every cell")
  func firstFrameWhole() {
    var buffer = ScreenBuffer(lines: ["ab漢c", "xyz  "])
    buffer.setStyle(.reversed, in: Rect(x: 1, y: 0, width: 2, height: 1))
    var renderer = Renderer()
    let runs = renderer.changes(for: buffer)
    #expect(
      runs == [
        StyledRun(row: 0, column: 0, text: "a", width: 1, style: .plain),
        StyledRun(row: 0, column: 1, text: "b漢", width: 3, style: .reversed),
        StyledRun(row: 0, column: 4, text: "c", width: 1, style: .plain),
        StyledRun(row: 1, column: 0, text: "xyz  ", width: 5, style: .plain),
      ])
  }

  @Test("only changed rows are redrawn; an unchanged frame draws nothing")
  func onlyChangedRows() {
    var renderer = Renderer()
    var buffer = ScreenBuffer(lines: ["one", "two", "six"])
    _ = renderer.changes(for: buffer)
    #expect(renderer.changes(for: buffer).isEmpty)
    buffer.put("t", at: Point(x: 0, y: 1), style: .bolded)
    #expect(renderer.changes(for: buffer).map(\.row) == [1, 1])
    #expect(
      Renderer.changedRows(from: buffer, to: ScreenBuffer(lines: ["one", "two", "six"])) == [1])
  }

  @Test("a size change or invalidate redraws every row")
  func invalidation() {
    var renderer = Renderer()
    _ = renderer.changes(for: ScreenBuffer(lines: ["ab", "cd"]))
    #expect(renderer.changes(for: ScreenBuffer(lines: ["ab ", "cd "])).map(\.row) == [0, 1])
    renderer.invalidate()
    #expect(renderer.changes(for: ScreenBuffer(lines: ["ab ", "cd "])).map(\.row) == [0, 1])
  }

  @Test("resizing a buffer keeps the top left and blanks a wide character cut at the edge")
  func resized() {
    let buffer = ScreenBuffer(lines: ["ab漢", "cdef"])
    #expect(buffer.resized(to: Size(width: 3, height: 1)).plainLines() == ["ab"])
    #expect(buffer.resized(to: Size(width: 5, height: 3)).plainLines() == ["ab漢", "cdef", ""])
  }
}
