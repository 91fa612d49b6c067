import TerminalKit
import Testing

@Suite("Layout")
struct LayoutTests {
  @Test("fixed, percentage and minimum sizes first, the rest shared by weight")
  func sizes() {
    #expect(Layout.sizes([.fixed(1), .fill(1), .fixed(1)], total: 24) == [1, 22, 1])
    #expect(Layout.sizes([.percentage(30), .fill(1)], total: 80) == [24, 56])
    #expect(Layout.sizes([.fill(1), .fill(2)], total: 10) == [4, 6])
    #expect(Layout.sizes([.minimum(20), .fill(1)], total: 30) == [25, 5])
  }

  @Test("when space runs out the later parts shrink, and sizes never exceed the total")
  func tooSmall() {
    #expect(Layout.sizes([.fixed(3), .fixed(3), .fill(1)], total: 4) == [3, 1, 0])
    #expect(Layout.sizes([.fixed(5)], total: 0) == [0])
  }

  @Test("rows and columns tile the rectangle")
  func tiles() {
    let area = Rect(x: 2, y: 1, width: 30, height: 10)
    let rows = area.rows([.fixed(1), .fill(1), .fixed(2)])
    #expect(
      rows == [
        Rect(x: 2, y: 1, width: 30, height: 1), Rect(x: 2, y: 2, width: 30, height: 7),
        Rect(x: 2, y: 9, width: 30, height: 2),
      ])
    let columns = area.columns([.percentage(50), .fill(1)])
    #expect(columns.map(\.width) == [15, 15])
    #expect(columns[1].x == 17)
  }

  @Test("splits and insets clamp instead of going negative")
  func clamping() {
    let area = Rect(x: 0, y: 0, width: 4, height: 3)
    #expect(area.inset(by: 3).isEmpty)
    #expect(area.splitTop(5).rest.height == 0)
    #expect(
      area.splitRight(1) == (
        Rect(x: 0, y: 0, width: 3, height: 3), Rect(x: 3, y: 0, width: 1, height: 3)
      ))
  }
}
