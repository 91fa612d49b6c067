import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The coding stripes: told apart by letters without colour, names as wide as the window
/// allows, and a click on one opens what covers it.
@Suite("Gutter: letters without colour, width, clicks")
struct GutterTests {
  @Test("under NO_COLOR each code's stripes carry its letter, and its name on the row says which")
  func lettersWithoutColour() throws {
    var state = Fixture.state(size: Size(width: 120, height: 40))
    state.colourEnabled = false
    let west = Fixture.coding("west", "Батыс елдері", coder: "ana")
    let document = try #require(state.reader.document)
    let row = document.layout.row(ofScalar: west.range.start) - state.reader.top
    let layout = try #require(WorkbenchLayout.arrange(state.size))
    let line = WorkbenchScreen.render(state).plainLines()[layout.gutter.y + row]
    let gutter = String(line.dropFirst(layout.gutter.x).prefix(layout.gutter.width))
    let letter = GutterView.letter(of: "west", in: state.project.codebook)
    let russia = GutterView.letter(of: "russia", in: state.project.codebook)
    #expect(letter == "f")
    #expect(russia == "a")
    #expect(gutter.prefix(GutterView.stripeColumns).contains(letter))
    #expect(gutter.prefix(GutterView.stripeColumns).contains(russia))
    #expect(gutter.contains("\(russia):Ресей"))
  }

  @Test("the gutter widens with a wide reader, so names are not cut at 10 columns")
  func widthFollowsWindow() throws {
    #expect(WorkbenchLayout.gutterWidth(readerWidth: 60) == 12)
    #expect(WorkbenchLayout.gutterWidth(readerWidth: 86) == 16)
    #expect(WorkbenchLayout.gutterWidth(readerWidth: 150) == 25)
    #expect(WorkbenchLayout.gutterWidth(readerWidth: 400) == 32)
    let state = Fixture.state(size: Size(width: 200, height: 50))
    let layout = try #require(WorkbenchLayout.arrange(state.size))
    #expect(layout.gutter.width > 16)
    let text = WorkbenchScreen.render(state).plainLines().joined(separator: "\n")
    #expect(text.contains("Экономика"))
  }

  @Test("a click on a stripe moves the cursor to that coding and lists what covers it")
  func clickOnStripe() throws {
    var store = TestStore(Fixture.state())
    let west = Fixture.coding("west", "Батыс елдері", coder: "ana")
    let overlay = store.state.reader.overlay
    let index = try #require(overlay.codings.firstIndex(of: west))
    let document = try #require(store.state.reader.document)
    let layout = try #require(WorkbenchLayout.arrange(store.state.size))
    store.state.placeCursor(west.range.start)
    let row = document.layout.row(ofScalar: west.range.start) - store.state.reader.top
    store.state.placeCursor(0)
    let point = Point(x: layout.gutter.x + overlay.columns[index], y: layout.gutter.y + row)
    _ = store.state.reduce(.mouseUsed(MouseEvent(.press, at: point)), now: Fixture.time)
    #expect(west.range.contains(offset: store.state.reader.cursor))
    guard case .picker(let panel) = store.state.mode else {
      Issue.record("expected the cursor panel, got \(store.state.mode)")
      return
    }
    #expect(panel.purpose == .codingsAtCursor)
    #expect(panel.items.contains { $0.value == west.key.text })
  }
}
