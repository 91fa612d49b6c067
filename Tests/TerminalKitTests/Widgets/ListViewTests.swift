import TerminalKit
import Testing

@Suite("List view")
struct ListViewTests {
  @Test("keeps the selection visible, highlighted across the row")
  func keepsSelectionVisible() {
    var buffer = ScreenBuffer(width: 10, height: 3)
    var state = ListState(selected: 5)
    ListView(rows: (0..<8).map { "item \($0)" }, highlight: .reversed)
      .render(into: &buffer, area: buffer.area, state: &state)
    var expected = ScreenBuffer(lines: ["item 3    ", "item 4    ", "item 5    "])
    expected.setStyle(.reversed, in: Rect(x: 0, y: 2, width: 10, height: 1))
    #expect(buffer == expected)
    #expect(state.offset == 3)
  }

  @Test("scrolls as little as possible, and back up when the selection moves above")
  func scrollsMinimally() {
    var state = ListState(selected: 0)
    for _ in 0..<6 { state.moveSelection(by: 1, count: 8) }
    state.scrollToSelection(height: 4, count: 8)
    #expect(state == ListState(selected: 6, offset: 3))
    state.moveSelection(by: -5, count: 8)
    state.scrollToSelection(height: 4, count: 8)
    #expect(state == ListState(selected: 1, offset: 1))
    state.moveSelection(by: 100, count: 8)
    #expect(state.selected == 7)
  }

  @Test("a list shorter than the area starts at the top; an empty list has no selection")
  func shortAndEmptyLists() {
    var state = ListState(selected: 1, offset: 5)
    var buffer = ScreenBuffer(width: 6, height: 4)
    ListView(rows: ["a", "b"]).render(into: &buffer, area: buffer.area, state: &state)
    #expect(state.offset == 0)
    #expect(buffer.plainLines() == ["a", "b", "", ""])
    var empty = ListState(selected: 3)
    ListView(rows: [String]()).render(into: &buffer, area: buffer.area, state: &empty)
    #expect(empty.selected == nil)
  }

  @Test("rows are clipped to the area and keep their span styles")
  func clipsRows() {
    var buffer = ScreenBuffer(width: 8, height: 1)
    var state = ListState()
    var row: StyledText = "Ресей "
    row.append("(12)", style: .bolded)
    ListView(rows: [row]).render(
      into: &buffer, area: Rect(x: 1, y: 0, width: 7, height: 1), state: &state)
    #expect(buffer.plainLines() == [" Ресей ("])
    #expect(buffer.styleLines(legend: ["b": .bolded]) == [".......b"])
  }
}
