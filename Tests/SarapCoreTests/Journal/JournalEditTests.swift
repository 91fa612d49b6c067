import SarapCore
import Testing

/// Journal entries as edits: added in time order, replaced in place, undone exactly.
@Suite("Journal edits")
struct JournalEditTests {
  static func entry(_ time: String, _ coder: Coder.ID = "ana", _ text: String = "x")
    -> JournalEntry
  {
    JournalEntry(time: Timestamp(time), coder: coder, text: text)
  }

  static let project = Project(
    journal: Journal([
      entry("2026-11-20T10:00:00Z", "ana", "first"), entry("2026-11-22T10:00:00Z", "bo", "third"),
    ]))

  @Test("an entry goes in its place in time order; its inverse takes it out")
  func addAndUndo() throws {
    var project = Self.project
    let added = Self.entry("2026-11-20T10:00:00Z", "bo", "second")
    let inverse = try project.apply(.addJournalEntry(added))
    #expect(project.journal.entries.map(\.text) == ["first", "second", "third"])
    #expect(inverse == .removeJournalEntry(added))
    try project.apply(inverse)
    #expect(project == Self.project)
  }

  @Test("a replaced entry keeps its time and coder; undoing gives back the journal")
  func replace() throws {
    var project = Self.project
    let old = project.journal.entries[0]
    var new = old
    new.text = "first, rewritten\n\nwith a paragraph"
    new.edited = Timestamp("2026-11-23T10:00:00Z")
    let inverse = try project.apply(.replaceJournalEntry(old: old, new: new))
    #expect(project.journal.entries.map(\.text).first == new.text)
    try project.apply(inverse)
    #expect(project == Self.project)
    var moved = old
    moved.time = Timestamp("2026-11-30T10:00:00Z")
    #expect(throws: ProjectError.staleEdit("a journal entry keeps its time and coder")) {
      try project.apply(.replaceJournalEntry(old: old, new: moved))
    }
    var other = old
    other.coder = "bo"
    #expect(throws: ProjectError.self) {
      try project.apply(.replaceJournalEntry(old: old, new: other))
    }
  }

  @Test("blank text, a carriage return or a NUL is refused and the journal is unchanged")
  func badText() {
    for text in ["", "  \n\t ", "a\rb", "a\u{0}b"] {
      var project = Self.project
      #expect(throws: ProjectError.self) {
        try project.apply(.addJournalEntry(Self.entry("2026-11-21T10:00:00Z", "ana", text)))
      }
      #expect(project == Self.project)
    }
  }

  @Test("removing an entry the journal does not have is a stale edit")
  func staleRemove() {
    var project = Self.project
    #expect(throws: ProjectError.self) {
      try project.apply(.removeJournalEntry(Self.entry("2026-11-21T10:00:00Z")))
    }
  }

  @Test("typed or piped text: CRLF becomes LF, line breaks at the end go, the rest stays")
  func normalisedText() {
    #expect(JournalEntry.normalisedText("a\r\nb\r\n\n") == "a\nb")
    #expect(JournalEntry.normalisedText("\tа\n\nә  ") == "\tа\n\nә  ")
    #expect(JournalEntry.normalisedText("a\rb") == "a\rb")
  }

  @Test("the last entry of a coder is their newest")
  func lastEntry() {
    let journal = Journal([
      Self.entry("2026-11-22T10:00:00Z", "ana", "b"),
      Self.entry("2026-11-20T10:00:00Z", "ana", "a"),
      Self.entry("2026-11-23T10:00:00Z", "bo", "c"),
    ])
    #expect(journal.lastEntry(by: "ana")?.text == "b")
    #expect(journal.lastEntry(by: "cy") == nil)
  }
}
