import TerminalKit
import Testing

@testable import Workbench

@Suite("Layout")
struct LayoutTests {
  /// Draws the layout's rectangles as letters: t transcripts, c codebook, | separator, r reader
  /// title, g gutter, x text, s status, h hints.
  static func boxes(_ layout: WorkbenchLayout, size: Size) -> [String] {
    var buffer = ScreenBuffer(size: size)
    let parts: [(Character, Rect)] = [
      ("t", layout.transcripts), ("c", layout.codebook), ("|", layout.separator),
      ("r", layout.reader), ("g", layout.gutter), ("x", layout.text), ("s", layout.status),
      ("h", layout.hints),
    ]
    for (letter, rect) in parts { buffer.fill(rect, with: letter) }
    return buffer.plainLines()
  }

  @Test("the left column stacks transcripts over the codebook; the reader has a gutter")
  func smallestLayout() throws {
    let size = Size(width: 60, height: 14)
    let layout = try #require(WorkbenchLayout.arrange(size))
    #expect(
      Self.boxes(layout, size: size) == [
        "tttttttttttttttttttttt|rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr",
        "tttttttttttttttttttttt|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "tttttttttttttttttttttt|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "tttttttttttttttttttttt|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "tttttttttttttttttttttt|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "cccccccccccccccccccccc|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "cccccccccccccccccccccc|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "cccccccccccccccccccccc|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "cccccccccccccccccccccc|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "cccccccccccccccccccccc|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "cccccccccccccccccccccc|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "cccccccccccccccccccccc|ggggggggggggxxxxxxxxxxxxxxxxxxxxxxxxr",
        "ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss",
        "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh",
      ])
  }

  @Test(
    "below the minimum size there is no layout",
    arguments: [Size(width: 59, height: 24), Size(width: 80, height: 13)])
  func tooSmall(_ size: Size) {
    #expect(WorkbenchLayout.arrange(size) == nil)
  }
}
