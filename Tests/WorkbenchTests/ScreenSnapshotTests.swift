import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Whole screens at 80x24 and 120x40, compared with golden text files.
@Suite("Screens")
struct ScreenSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// A store on the fixture with the cursor on "орыс тілі", inside three overlapping codings.
  static func readingR07(_ size: Size) -> TestStore {
    var store = TestStore(Fixture.state(size: size))
    store.state.placeCursor(Fixture.range(of: "орыс тілі", in: Fixture.r07Body).start)
    return store
  }

  @Test("the reader shows overlapping codings with stripes and names", arguments: sizes)
  func readerWithOverlappingCodings(_ size: Size) {
    let store = Self.readingR07(size)
    assertSnapshot(WorkbenchScreen.render(store.state), named: "reader-\(size)")
  }

  @Test("without colour (NO_COLOR) coded text is underlined and stripes are letters")
  func readerWithoutColour() {
    var store = Self.readingR07(Size(width: 80, height: 24))
    store.state.colourEnabled = false
    let buffer = WorkbenchScreen.render(store.state)
    #expect(
      !buffer.cells.contains {
        $0.style.background != .default
          || $0.style.foreground != .default && $0.style != Styles.error
      })
    assertSnapshot(buffer, named: "reader-no-colour-80x24")
  }

  @Test("the code picker filters by Kazakh name", arguments: sizes)
  func codePicker(_ size: Size) {
    var store = Self.readingR07(size)
    store.press(.c("v"), .c("e"), .c("e"), .c("c"))
    store.type("рес")
    assertSnapshot(WorkbenchScreen.render(store.state), named: "code-picker-\(size)")
  }

  @Test("the codebook tree shows themes, codes, colours and counts", arguments: sizes)
  func codebook(_ size: Size) {
    var store = Self.readingR07(size)
    store.press(.tab, .c("j"), .c("j"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "codebook-\(size)")
  }

  @Test("the co-occurrence report is a heat map", arguments: sizes)
  func reportsHeatMap(_ size: Size) {
    var store = Self.readingR07(size)
    store.press(.c("R"), .c("2"), .c("t"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "heat-map-\(size)")
  }

  @Test("help is generated from the binding table", arguments: sizes)
  func help(_ size: Size) {
    var store = Self.readingR07(size)
    store.press(.c("?"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "help-\(size)")
  }

  @Test("the new-code dialog proposes the selected words as the name")
  func newCodeDialog() {
    var store = Self.readingR07(Size(width: 80, height: 24))
    store.press(.c("v"), .c("e"), .c("e"), .c("+"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "new-code-80x24")
  }

  @Test("retrieval lists segments with context")
  func retrieval() {
    var store = Self.readingR07(Size(width: 80, height: 24))
    store.press(.c("r"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "retrieval-80x24")
  }

  @Test("frequencies and the theme matrix")
  func frequencyAndMatrix() {
    var store = Self.readingR07(Size(width: 80, height: 24))
    store.press(.c("R"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "frequency-80x24")
    store.press(.c("3"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "theme-matrix-80x24")
  }

  @Test("a terminal below the minimum size says how big it must be")
  func tooSmall() {
    let state = Fixture.state(size: Size(width: 40, height: 10))
    assertSnapshot(WorkbenchScreen.render(state), named: "too-small-40x10")
  }
}
