import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// What a coder reaches for while coding: the cursor panel, `.`, recent codes, the memo list,
/// the message log and a centred search match.
@Suite("Workbench: the coding loop")
struct CoderLoopTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// The fixture's reader on "орыс тілі", where three codings overlap.
  static func onLanguage(size: Size = Size(width: 80, height: 24)) -> TestStore {
    var store = TestStore(Fixture.state(size: size))
    store.state.placeCursor(Fixture.range(of: "орыс тілі", in: Fixture.r07Body).start)
    return store
  }

  @Test(
    "i lists every coding covering the cursor: name, theme, coder, range and memo",
    arguments: sizes)
  func cursorPanel(_ size: Size) throws {
    var store = Self.onLanguage(size: size)
    store.press(.c("i"))
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected the cursor panel, got \(store.state.mode)")
      return
    }
    #expect(picker.purpose == .codingsAtCursor)
    #expect(picker.items.map(\.title) == ["Орыс тілі", "Ресей"])
    let language = Fixture.range(of: "орыс тілі", in: Fixture.r07Body)
    #expect(picker.items[0].detail.contains("theme Ресей"))
    #expect(picker.items[0].detail.contains("dissertation"))
    #expect(picker.items[0].detail.contains("\(language.start)..\(language.end)"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "cursor-panel-\(size)")
  }

  @Test("i where nothing is coded says so")
  func cursorPanelOnUncodedText() {
    var store = TestStore(Fixture.state())
    store.press(.c("i"))
    #expect(store.state.mode == .browsing)
    #expect(store.state.status == StatusMessage("Nothing is coded at the cursor"))
  }

  @Test(". codes a new selection with the code used last")
  func repeatsLastCode() throws {
    let state = Fixture.state()
    let memory = InMemoryStore(state.project)
    var runtime = Runtime(state: state, environment: memory.environment)
    runtime.state.placeCursor(Fixture.range(of: "Ресей ықпалы", in: Fixture.r07Body).start)
    runtime.press(.c("v"), .c("w"), .c("c"))
    for character in "west" { runtime.press(.character(character)) }
    runtime.press(.enter)
    runtime.press(.c("w"), .c("v"), .c("w"), .c("."))
    let added = memory.project.codings.filter { $0.coder == "ana" && $0.code == "west" }
    let texts = added.compactMap { coding in
      memory.project.transcript("R07").map { $0.body[coding.range] }
    }
    #expect(texts.contains("Ресей"))
    #expect(texts.contains("ықпалы"))
  }

  @Test("the code picker lists the codes used lately first")
  func recentCodesFirst() {
    var store = Self.onLanguage()
    store.state.lastCode = "china.economy"
    store.press(.c("v"), .c("e"), .c("c"))
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected the code picker")
      return
    }
    #expect(picker.items.first?.value == "china.economy")
    #expect(picker.items.first?.detail == "recent")
  }

  @Test(":memos lists every memo; Enter goes to the coding it is on", arguments: sizes)
  func memoList(_ size: Size) throws {
    var store = TestStore(Fixture.state(size: size))
    store.press(.c(":"))
    store.type("memos")
    store.press(.enter)
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected the memo list, got \(store.state.mode)")
      return
    }
    #expect(picker.items.map(\.title) == ["Қытай: named first"])
    assertSnapshot(WorkbenchScreen.render(store.state), named: "memo-list-\(size)")
    store.type("named")
    store.press(.enter)
    let china = Fixture.range(of: "Қытай", in: Fixture.r07Body)
    #expect(store.state.reader.cursor == china.start)
    #expect(store.state.focus == .reader)
  }

  @Test(":messages lists the session's messages, newest first")
  func messageLog() {
    var store = TestStore(Fixture.state())
    store.press(.c("c"))
    store.press(.c("x"))
    store.press(.c(":"))
    store.type("messages")
    store.press(.enter)
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected the message list, got \(store.state.mode)")
      return
    }
    #expect(picker.items.count >= 2)
    #expect(picker.items.last?.title == "Nothing selected: press v first")
  }

  @Test("a search match is placed a third of the way down the view, not on its last row")
  func searchCentres() throws {
    let copy = Fixture.r07Body
    let body =
      copy + copy + copy.replacingOccurrences(of: "Түркияның", with: "Жапонияның") + copy
      + copy
    let project = Project(
      guide: Fixture.guide, codebook: Fixture.codebook,
      transcripts: [Transcript(id: "L01", body: TranscriptText(body))], codings: [])
    var state = AppState(
      project: project, projectName: "long", coder: "ana", size: Size(width: 80, height: 24))
    state.focus = .reader
    var store = TestStore(state)
    store.press(.c("/"))
    store.type("Жапония")
    store.press(.enter)
    let document = try #require(store.state.reader.document)
    let row = document.layout.row(ofScalar: store.state.reader.cursor)
    let rows = store.state.readerRows
    let lastTop = max(0, document.layout.lines.count - rows)
    try #require(
      row >= rows && row - rows / 3 <= lastTop,
      "the match must lie below the first screen and above the last for this test")
    #expect(row - store.state.reader.top == rows / 3)
  }
}
