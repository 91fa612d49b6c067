import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

@Suite("Reducer: screens, history, commands")
struct ScreensReducerTests {
  @Test("u and Ctrl-R ask the store to undo and redo from any pane")
  func undoRedoFromAnywhere() {
    var store = TestStore(Fixture.state())
    for pane in Pane.allCases {
      store.state.focus = pane
      #expect(store.press(.c("u")) == .persist(.undo))
      #expect(store.press(.control("r")) == .persist(.redo))
    }
    store.press(.c("R"))
    #expect(store.press(.c("u")) == .persist(.undo))
  }

  @Test("an undo shows the project the store went back to and what was undone")
  func undoneIsShown() {
    var store = TestStore(Fixture.state())
    let before = store.state.project
    var after = before
    _ = try? after.apply(.removeCoding(Fixture.coding("west", "Батыс елдері", coder: "ana")))
    store.send(
      .editUndone(after, summary: "coded X"), outcome: .redraw
    ) {
      $0.project = after
      $0.analysis = Analysis(after)
      $0.reader.overlay = CodingOverlay(
        after.codings(in: "R07"), layout: $0.reader.document?.layout)
      $0.status = StatusMessage("Undone: coded X")
    }
  }

  @Test("Esc backs out of every screen, one at a time")
  func escapeBacksOut() {
    var store = TestStore(Fixture.state())
    store.press(.c("R"), .c(":"))
    #expect(store.state.modes.count == 2)
    store.press(.escape)
    #expect(store.state.mode == .reports)
    store.press(.escape)
    #expect(store.state.modes == [])
    store.press(.c("?"))
    store.press(.escape)
    #expect(store.state.modes == [])
  }

  @Test("q quits; a signal quits and remembers which")
  func quits() {
    var store = TestStore(Fixture.state())
    #expect(store.press(.c("q")) == Outcome(.quit))
    store.send(.signalReceived(15), outcome: Outcome(.quit)) { $0.exitSignal = 15 }
  }

  @Test("typing q in a text field types it")
  func qInPickerTypes() {
    var store = CodingReducerTests.selectingLanguage
    store.press(.c("c"))
    #expect(store.press(.c("q")) == .redraw)
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected the code picker, got \(store.state.mode)")
      return
    }
    #expect(picker.query.text == "q")
  }

  @Test(":export writes the report on screen through the environment")
  func exportsReport() throws {
    var store = TestStore(Fixture.state())
    store.press(.c("R"), .c("e"))
    store.type("out.csv")
    let report = try #require(store.state.reports.current)
    let request = ExportRequest(report: report, language: .kk, filter: .all, path: "out.csv")
    #expect(store.press(.enter) == Outcome(.redraw, effects: [.export(request)]))
  }

  @Test("the reports screen switches report, grouping, unit and coder, recomputed by the engine")
  func reportChoices() {
    var store = TestStore(Fixture.state())
    store.press(.c("R"))
    store.send(.keyPressed(.c("U")), outcome: .redraw) {
      $0.status = .error("Frequencies have no unit; t switches between codes and themes")
    }
    store.press(.c("2"), .c("U"), .c("o"))
    #expect(store.state.reports.kind == .coOccurrence)
    #expect(store.state.reports.unit == .answer)
    #expect(store.state.filter.coders == ["ana"])
    let expected = CodedCorpus(store.state.project).coOccurrence(
      by: .theme, unit: .answer, where: SegmentFilter(coders: ["ana"]))
    #expect(store.state.reports.current == .coOccurrence(expected))
  }

  @Test("r retrieves the code under the cursor; Enter jumps to a segment")
  func retrievalJumps() {
    var store = SelectionReducerTests.atLanguage
    store.state.focus = .reader
    store.press(.c("r"))
    #expect(store.state.mode == .retrieval)
    #expect(store.state.retrieval.query == "russia.language")
    store.press(.c("&"))
    store.type("russia")
    store.press(.enter)
    #expect(store.state.retrieval.query == "russia.language AND russia")
    store.state.placeCursor(0)
    store.press(.enter)
    #expect(store.state.modes == [])
    #expect(
      store.state.reader.cursor
        == Fixture.range(of: Fixture.russiaPassage, in: Fixture.r07Body).start)
  }

  @Test("Q jumps to a guide question")
  func jumpsToQuestion() {
    var store = TestStore(Fixture.state())
    store.press(.c("Q"))
    store.type("2")
    store.press(.enter)
    #expect(store.state.questionAtCursor == "Q2а")
  }

  @Test("Enter on a transcript opens it in the reader")
  func opensTranscript() {
    var store = TestStore(Fixture.state())
    store.state.focus = .transcripts
    store.press(.c("k"), .enter)
    #expect(store.state.reader.document?.transcriptID == "R01")
    #expect(store.state.focus == .reader)
  }

  @Test("a resize re-wraps the reader and keeps the cursor")
  func resizeRewraps() {
    var store = SelectionReducerTests.atLanguage
    let cursor = store.state.reader.cursor
    store.send(.resized(Size(width: 120, height: 40)), outcome: .redraw) {
      $0.size = Size(width: 120, height: 40)
      $0.reader.document?.rewrap(width: WorkbenchLayout.arrange($0.size)!.text.width)
      $0.reader.overlay = CodingOverlay(
        $0.project.codings(in: "R07"), layout: $0.reader.document?.layout)
      $0.reader.cursor = cursor
    }
  }

  @Test("unknown commands say so")
  func unknownCommand() {
    var store = TestStore(Fixture.state())
    store.press(.c(":"))
    store.type("frobnicate")
    store.press(.enter)
    #expect(store.state.status == .error("Unknown command :frobnicate (:help lists them)"))
  }
}

@Suite("Reducer: the mode stack")
struct ModeStackTests {
  @Test("opening a full screen that is already open brings it back instead of stacking it")
  func fullScreensDoNotStack() {
    var store = TestStore(Fixture.state())
    store.press(.c("R"), .c("?"), .c("R"))
    #expect(store.state.modes == [.reports])
    store.press(.c("?"), .c("?"))
    #expect(store.state.modes == [.reports, .help])
  }

  @Test(":open leaves every mode for the reader")
  func openLeavesModes() {
    var store = CodingReducerTests.selectingLanguage
    store.press(.c(":"))
    store.type("open R01")
    store.press(.enter)
    #expect(store.state.modes == [])
    #expect(store.state.reader.anchor == nil)
    #expect(store.state.reader.document?.transcriptID == "R01")
  }
}

@Suite("Reducer: report scrolling")
struct ReportScrollTests {
  @Test("the report scrolls no further than its last row and column")
  func scrollStopsAtTheEnd() {
    var store = TestStore(Fixture.state())
    store.press(.c("R"), .c("2"))
    for _ in 0..<10 { store.press(.c("j"), .c("l")) }
    #expect(store.state.reports.scroll == TableScroll(row: 2, column: 2))
    store.press(.c("k"), .c("h"))
    #expect(store.state.reports.scroll == TableScroll(row: 1, column: 1))
  }
}
