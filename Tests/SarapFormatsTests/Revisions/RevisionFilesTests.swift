import SarapCore
import SarapEngine
import Testing

@testable import SarapFormats

@Suite("Revision record files: codebook history, review notes, transcript revisions log")
struct RevisionFilesTests {
  static let russia = Code(
    id: "russia", nameKK: "Ресей", nameEN: "Russia", definition: "Tab\there,\nnew line",
    colour: Colour(red: 0xC0, green: 0x39, blue: 0x2B), memo: "a \\ backslash")

  static let history = CodebookHistory(changes: [
    CodebookChange(
      time: Timestamp("2031-03-01T10:00:00Z"), coder: "ana", action: .baseline, codes: [],
      reason: "the codebook as found", operations: [.add(russia, position: 0)]),
    CodebookChange(
      time: Timestamp("2031-03-02T10:00:00Z"), coder: "Ана Б.", step: .undo, action: .rename,
      codes: ["russia"], reason: "line\nbreak\tand tab",
      operations: [
        .update(old: russia, new: Code(id: "russia", nameKK: "РФ", nameEN: "Russia")),
        .move("russia", from: 0, to: 0),
      ]),
  ])

  @Test("a codebook history round-trips, undo steps and escapes included")
  func historyRoundTrip() throws {
    let text = CodebookHistoryFile.encode(Self.history)
    #expect(text.hasPrefix("sarap-codebook-history 1\n2031-03-01T10:00:00Z\tana\tbaseline\t\t"))
    #expect(text.contains("\tundo rename\trussia\tline\\nbreak\\tand tab\t["))
    #expect(text.split(separator: "\n").count == 3)
    #expect(try CodebookHistoryFile.decode(text, path: "h.txt") == Self.history)
  }

  @Test(
    "a malformed history line is refused at its field",
    arguments: [
      ("2031-03-01T10:00:00Z\tana\tbaseline\t\t\t[]\textra", 2, 40),
      ("yesterday\tana\tadd\tx\t\t[]", 2, 1),
      ("2031-03-01T10:00:00Z\tana\tpaint\tx\t\t[]", 2, 26),
      ("2031-03-01T10:00:00Z\tana\tadd\tx\t\t[{\"add\":{}}]", 2, 33),
      ("2031-03-01T10:00:00Z\tana\tadd\tx\t\t[{}]", 2, 33),
    ])
  func historyErrors(_ line: String, _ number: Int, _ column: Int) {
    let text = "sarap-codebook-history 1\n" + line + "\n"
    #expect(throws: ProjectFileError.self) { try CodebookHistoryFile.decode(text, path: "h.txt") }
    do {
      _ = try CodebookHistoryFile.decode(text, path: "h.txt")
    } catch {
      #expect(error.line == number)
      #expect(error.column == column, "\(error)")
    }
  }

  @Test("review notes round-trip; a bad fingerprint is refused at its column")
  func reviewNotes() throws {
    let note = ReviewNote(
      key: Coding.Key(
        transcript: "R07", range: TextRange(start: 10, end: 20), code: "russia", coder: "ana"),
      fingerprint: TextFingerprint(of: "Ресей ықпалы"), oldRange: TextRange(start: 8, end: 19),
      oldText: "Ресей\tықпалы\nзор", revision: "R07.1", time: Timestamp("2031-03-01T10:00:00Z"))
    let text = ReviewFile.encode([note, note])
    #expect(try ReviewFile.decode(text, path: "r.txt") == [note, note])
    let broken = text.replacingOccurrences(of: note.fingerprint.hex, with: "nothex!!")
    #expect(
      throws: ProjectFileError(
        path: "r.txt", line: 2, column: 22,
        message: "a fingerprint is 8 hex digits, found 'nothex!!'")
    ) {
      try ReviewFile.decode(broken, path: "r.txt")
    }
  }

  @Test("the transcript revisions log round-trips")
  func revisionsLog() throws {
    let entry = TranscriptRevisionsFile.Entry(
      time: Timestamp("2031-03-01T10:00:00Z"), coder: "ana", transcript: "R07",
      savedAs: "R07.1.txt", summary: "revise R07: 3 moved, 1 flagged, 0 unchanged")
    let text =
      TranscriptRevisionsFile.formatLine + "\n" + TranscriptRevisionsFile.encodeLine(entry) + "\n"
    #expect(try TranscriptRevisionsFile.decode(text, path: "l.txt") == [entry])
    #expect(throws: ProjectFileError.self) {
      try TranscriptRevisionsFile.decode("sarap-transcript-revisions 2\n", path: "l.txt")
    }
  }

  @Test("the guide diff text aligns ids and shows word diffs and notes")
  func guideDiffText() {
    let old = GuideRevision(
      id: "pilot",
      questions: [GuideQuestion(id: "Q1", textKK: "Ресей ықпалы зор ма?", textEN: "Is it big?")])
    let new = GuideRevision(
      id: "main",
      questions: [
        GuideQuestion(
          id: "Q1", textKK: "Ресей ықпалы қаншалықты зор?", textEN: "How big is it?",
          note: "P1 answered yes/no.")
      ])
    let text = GuideDiffText.render(GuideDiff(from: old, to: new), languages: .kk)
    #expect(
      text == """
        pilot  main  change
        Q1     Q1    reworded
            kk: Ресей ықпалы {+қаншалықты+} зор [-ма-]?
            note: P1 answered yes/no.

        """)
  }
}
