import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The research journal in the workbench: `J` and `:journal` open it, `a` adds an entry and `e`
/// edits the coder's latest, through the memo editor and the store; the memo list finds entries.
@Suite("Workbench: the research journal")
struct JournalScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  static let entries = [
    JournalEntry(
      time: Timestamp("2026-11-20T14:03:00Z"), coder: "ana",
      text: "Split russia into russia.media and russia.policy: the media answers speak of "
        + "channels, not of policy."),
    JournalEntry(
      time: Timestamp("2026-11-21T09:30:00Z"), coder: "Бекзат",
      text: "«Ресей ықпалы» деген жауаптар:\n\tR03, R07\n\nекінші абзац",
      edited: Timestamp("2026-11-21T10:00:00Z")),
  ]

  /// The fixture's state with the given journal entries, coder ana, R07 open.
  static func state(size: Size = Size(width: 80, height: 24), entries: [JournalEntry] = entries)
    throws -> AppState
  {
    var project = Fixture.project
    for entry in entries { try project.apply(.addJournalEntry(entry)) }
    var state = AppState(project: project, projectName: "soft-power", coder: "ana", size: size)
    state.focus = .reader
    state.openTranscript("R07")
    return state
  }

  static func text(_ state: AppState) -> String {
    WorkbenchScreen.render(state).plainLines().joined(separator: "\n")
  }

  @Test(
    "J shows the entries newest first: date, coder, edited, text with its breaks and tabs",
    arguments: sizes)
  func screen(_ size: Size) throws {
    var store = TestStore(try Self.state(size: size))
    store.press(.c("J"))
    #expect(store.state.mode == .journal)
    let lines = WorkbenchScreen.render(store.state).plainLines()
    let text = lines.joined(separator: "\n")
    #expect(text.contains("Research journal: 2 entries, newest first"))
    let newest = try #require(
      lines.firstIndex {
        $0.contains("2026-11-21 09:30 UTC · Бекзат · edited 2026-11-21 10:00 UTC")
      })
    let oldest = try #require(lines.firstIndex { $0.contains("2026-11-20 14:03 UTC · ana") })
    #expect(newest < oldest)
    #expect(lines[newest + 1].contains("«Ресей ықпалы» деген жауаптар:"))
    #expect(lines[newest + 2].contains("      R03, R07"), "the tab shows as four spaces")
    #expect(lines[newest + 3].isEmpty)
    #expect(lines[newest + 4].contains("екінші абзац"))
    assertSnapshot(WorkbenchScreen.render(store.state), named: "journal-\(size)")
  }

  @Test("an empty journal says how to write the first entry")
  func emptyJournal() throws {
    var store = TestStore(try Self.state(entries: []))
    store.press(.c(":"))
    store.type("journal")
    store.press(.enter)
    #expect(store.state.modes == [.journal])
    let text = Self.text(store.state)
    #expect(text.contains("Research journal: 0 entries"))
    #expect(text.contains("No entry yet: a writes the first"))
  }

  @Test("a, text with breaks and a tab, Ctrl-S: one entry dated now by the coder, newest on top")
  func addEntry() throws {
    let state = try Self.state()
    let memory = InMemoryStore(state.project)
    var runtime = Runtime(state: state, environment: memory.environment)
    runtime.press(.c("J"), .c("a"))
    for character in "Жаңа жазба" { runtime.press(.character(character)) }
    runtime.press(.enter, .enter, .tab)
    for character in "second" { runtime.press(.character(character)) }
    runtime.press(.control("s"))
    let added = JournalEntry(time: Fixture.time, coder: "ana", text: "Жаңа жазба\n\n\tsecond")
    #expect(memory.project.journal.entries == Self.entries + [added])
    #expect(runtime.state.project.journal == memory.project.journal)
    #expect(runtime.state.modes == [.journal])
    #expect(runtime.state.status?.text == "Saved: journal entry \(Fixture.time)")
    #expect(Self.text(runtime.state).contains("2026-11-26 10:00 UTC · ana"))
    runtime.press(.c("u"))
    #expect(memory.project.journal.entries == Self.entries)
  }

  @Test("e edits the coder's own latest entry in place; it keeps its date and says edited")
  func editOwnEntry() throws {
    let state = try Self.state()
    let memory = InMemoryStore(state.project)
    var runtime = Runtime(state: state, environment: memory.environment)
    runtime.press(.c("J"), .c("e"))
    guard case .textEditor(let editor) = runtime.state.mode else {
      Issue.record("expected the editor, got \(runtime.state.mode)")
      return
    }
    #expect(editor.target == .journalEntry(Self.entries[0]))
    #expect(editor.field.text == Self.entries[0].text)
    for character in " Kept russia." { runtime.press(.character(character)) }
    runtime.press(.control("s"))
    var edited = Self.entries[0]
    edited.text += " Kept russia."
    edited.edited = Fixture.time
    #expect(memory.project.journal.entries == [edited, Self.entries[1]])
  }

  @Test("e without an entry of yours says so; blank text is not saved")
  func refusals() throws {
    var store = TestStore(try Self.state(entries: [Self.entries[1]]))
    store.press(.c("J"), .c("e"))
    #expect(store.state.status == .error("You have no journal entry to edit: a adds one"))
    #expect(store.state.modes == [.journal])
    store.press(.c("a"), .c(" "), .enter)
    let outcome = store.press(.control("s"))
    #expect(outcome.effects.isEmpty)
    #expect(store.state.status == .error("Not saved: a journal entry needs some text"))
  }

  @Test("read-only refuses a and e; a without a coder asks for the name first")
  func readOnlyAndCoder() throws {
    var state = try Self.state()
    state.isReadOnly = true
    var store = TestStore(state)
    store.press(.c("J"), .c("a"))
    #expect(store.state.modes == [.journal])
    #expect(store.state.status == .error("Read-only: the project was opened with --read-only"))
    state.isReadOnly = false
    state.coder = nil
    store = TestStore(state)
    store.press(.c("J"), .c("a"))
    guard case .coderPrompt = store.state.mode else {
      Issue.record("expected the coder prompt, got \(store.state.mode)")
      return
    }
    #expect(store.state.changesProject(.addJournalEntry))
    #expect(store.state.changesProject(.editJournalEntry))
    #expect(!store.state.changesProject(.showJournal))
  }

  @Test(":memos lists the journal entries; Enter opens the journal at the entry")
  func memoList() throws {
    var many = (1...12).map { day in
      JournalEntry(
        time: Timestamp("2026-11-\(day < 10 ? "0" : "")\(day)T08:00:00Z"), coder: "ana",
        text: "Entry of day \(day)\nwith a second line")
    }
    many.append(Self.entries[1])
    var store = TestStore(try Self.state(entries: many))
    store.press(.c(":"))
    store.type("memos")
    store.press(.enter)
    store.type("day 5")
    guard case .picker(let picker) = store.state.mode else {
      Issue.record("expected the memo list, got \(store.state.mode)")
      return
    }
    #expect(
      picker.visible.first.map { picker.items[$0].title }
        == "Journal: Entry of day 5 with a second line")
    store.press(.enter)
    #expect(store.state.modes == [.journal])
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines[2].contains("2026-11-05 08:00 UTC · ana"), "\(lines)")
  }

  @Test("j, G and g scroll the journal and stop at its ends")
  func scrolling() throws {
    var store = TestStore(try Self.state())
    store.press(.c("J"), .c("j"))
    #expect(store.state.journalScroll == 0, "everything fits: nothing to scroll")
    let long = (1...20).map { day in
      JournalEntry(
        time: Timestamp("2026-11-\(day < 10 ? "0" : "")\(day)T08:00:00Z"), coder: "ana",
        text: "Entry \(day)")
    }
    store = TestStore(try Self.state(entries: long))
    store.press(.c("J"), .c("G"))
    let last = JournalScreen.lastScroll(store.state)
    #expect(last == 20 * 3 - 20)
    #expect(store.state.journalScroll == last)
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines[20] == "   Entry 1")
    store.press(.c("g"))
    #expect(store.state.journalScroll == 0)
  }
}
