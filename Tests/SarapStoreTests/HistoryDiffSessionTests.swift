import Foundation
import SarapCore
import Testing

@testable import SarapFormats
@testable import SarapStore

/// A revised transcript is recorded in `.sarap/history` as a diff; undo and redo replay it across
/// restarts, refuse a text changed since, and read version 1 lines beside version 2 ones.
@Suite("History diffs in a session")
struct HistoryDiffSessionTests {
  static func revised(_ transcript: Transcript, _ body: String) -> Transcript {
    var new = transcript
    new.body = TranscriptText(body)
    return new
  }

  static let correctedBody =
    "[Q2а] I: Қандай мемлекет?\n\nR01: Ресей ықпалы өте зор 👍🏽. Қытай да бар.\n"

  /// A project whose R01 was revised once through a session (history line 1).
  static func revisedOnce() throws -> (TemporaryProject, original: String, revised: String) {
    let folder = try TemporaryProject()
    let original = try folder.read("Transcripts/R01.txt")
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    let old = try #require(session.project.transcript("R01"))
    try session.apply(
      .replaceTranscript(old: old, new: revised(old, correctedBody)), summary: "revise R01")
    session.close()
    return (folder, original, try folder.read("Transcripts/R01.txt"))
  }

  @Test("a revision is a diff in the history, undone and redone across restarts")
  func undoRedoAcrossRestarts() throws {
    let (folder, original, revised) = try Self.revisedOnce()
    let line = try folder.read(ProjectLayout.history)
    #expect(line.contains(#""patchTranscript""#) && line.contains(#""format":"sarap-history 2""#))
    #expect(!line.contains("Қытай да бар"))
    var session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.undo()
    session.close()
    #expect(try folder.read("Transcripts/R01.txt") == original)
    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.redo()
    session.close()
    #expect(try folder.read("Transcripts/R01.txt") == revised)
    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.undo()
    #expect(try folder.read("Transcripts/R01.txt") == original)
    #expect(session.history.map(\.kind) == [.apply, .undo, .redo, .undo])
    session.close()
  }

  @Test("an undo of a diff whose text was edited by hand since is refused at its line and column")
  func handEditRefused() throws {
    let (folder, _, revised) = try Self.revisedOnce()
    let edited = revised.replacingOccurrences(of: "Қытай", with: "Түркия")
    try folder.write(edited, to: "Transcripts/R01.txt")
    let before = try folder.snapshot()
    let recorded = try folder.read(ProjectLayout.history)
    let column = try #require(recorded.range(of: #""inverse":"#)).lowerBound
    let place = ".sarap/history:1:\(recorded.unicodeScalars[..<column].count + 1): "
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect {
      try session.undo()
    } throws: { error in
      let said = "\(error)"
      return said.contains(place + "cannot undo entry 1 ('revise R01'): transcript 'R01': ")
        && said.contains("not the one the diff was recorded against")
    }
    session.close()
    #expect(try folder.snapshot() == before)
  }

  @Test("a history mixing a version 1 line (whole texts) and version 2 lines undoes both")
  func mixedVersions() throws {
    let (folder, original, _) = try Self.revisedOnce()
    var session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.apply(.addCoding(TemporaryProject.coding("russia", 33, 38)), summary: "code")
    let first = session.history[0]
    let whole = try first.edit.resolved(in: Project(transcripts: [try Self.originalR01(original)]))
    session.close()
    // Line 1 as Sarap wrote it before version 2: the old and new transcript whole.
    let lines = try folder.read(ProjectLayout.history).split(separator: "\n")
    try folder.write(
      try Self.versionOneLine(of: first, edit: whole) + "\n" + lines[1] + "\n",
      to: ProjectLayout.history)
    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(!session.history[0].edit.holdsDiffs)
    try session.undo()
    try session.undo()
    #expect(try folder.read("Transcripts/R01.txt") == original)
    try session.redo()
    #expect(try folder.read("Transcripts/R01.txt") != original)
    session.close()
  }

  @Test("the audit files of a new entry read its diff back: the kept revision is the old file")
  func auditFilesFromEntry() throws {
    let folder = try TemporaryProject()
    let original = try folder.read("Transcripts/R01.txt")
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    defer { session.close() }
    let old = try #require(session.project.transcript("R01"))
    let edit = ProjectEdit.replaceTranscript(old: old, new: Self.revised(old, Self.correctedBody))
    var after = session.project
    _ = try after.apply(edit)
    let entry = HistoryEntry(
      sequence: 1, kind: .apply, coder: "ana", time: Timestamp("2026-12-03T10:00:00Z"),
      summary: "revise R01", edit: edit, inverse: edit.inverse)
    let files = try session.auditFiles(for: entry, before: session.project, after: after)
    let kept = try #require(files.first { $0.path == "Transcripts/revisions/R01.1.txt" })
    #expect(kept.content == original)
  }

  static func originalR01(_ text: String) throws -> Transcript {
    try TranscriptFile.decode(text, path: "R01.txt")
  }

  /// The version 1 line of an entry: its edit and inverse as whole values.
  static func versionOneLine(of entry: HistoryEntry, edit: ProjectEdit) throws -> String {
    func json(_ edit: ProjectEdit) throws -> Any {
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(EditRecord(edit)))
    }
    let object: [String: Any] = [
      "format": "sarap-history 1", "sequence": entry.sequence, "kind": entry.kind.rawValue,
      "coder": entry.coder.rawValue, "time": entry.time.rawValue, "summary": entry.summary,
      "edit": try json(edit), "inverse": try json(edit.inverse),
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return try #require(String(data: data, encoding: .utf8))
  }
}
