import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The research journal on disk: written durably by an edit, its undo restoring the bytes (and
/// removing the file it created), carried through a `.qdpx` archive, refused when malformed.
@Suite("Journal on disk")
struct JournalStoreTests {
  static let first = JournalEntry(
    time: Timestamp("2026-11-20T14:03:00Z"), coder: "ana",
    text: "Split russia into russia.media and russia.policy.\n\n\tR03, R07: «Ресей ықпалы».")
  static let second = JournalEntry(
    time: Timestamp("2026-11-21T09:30:00Z"), coder: "bo", text: "екінші жазба")

  static func bytes(_ folder: ProjectFolder) throws -> Data? {
    try? Data(contentsOf: folder.layout.url(ProjectLayout.journal))
  }

  @Test(
    "an entry is on disk once applied; each undo restores the file's bytes, the first removes it")
  func undoRestoresBytes() throws {
    let scratch = try ScratchFolder()
    let folder = try BundledProjectREFITests.copy(into: scratch)
    #expect(try Self.bytes(folder) == nil)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    defer { session.close() }
    try session.apply(.addJournalEntry(Self.first), summary: "journal entry")
    let once = try #require(try Self.bytes(folder))
    #expect(String(decoding: once, as: UTF8.self) == JournalFile.encode(Journal([Self.first])))
    try session.apply(.addJournalEntry(Self.second), summary: "journal entry")
    var edited = Self.second
    edited.text = "екінші жазба, edited"
    edited.edited = Timestamp("2026-11-22T09:30:00Z")
    try session.apply(.replaceJournalEntry(old: Self.second, new: edited), summary: "edit")
    let twice = try #require(try Self.bytes(folder))
    #expect(try folder.load().journal.entries == [Self.first, edited])
    _ = try session.undo()
    _ = try session.undo()
    #expect(try Self.bytes(folder) == once)
    _ = try session.undo()
    #expect(try Self.bytes(folder) == nil)
    _ = try session.redo()
    _ = try session.redo()
    _ = try session.redo()
    #expect(try Self.bytes(folder) == twice)
  }

  @Test("a .qdpx export carries the journal as sarap/journal.txt; importing it gives it back")
  func throughQDPX() throws {
    let scratch = try ScratchFolder()
    let folder = try BundledProjectREFITests.copy(into: scratch)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.apply(.addJournalEntry(Self.first), summary: "journal entry")
    session.close()
    let archive = scratch.url.appendingPathComponent("j.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: archive, origin: "Sarap test")
    #expect(try QDPXArchive.read(archive)["sarap/journal.txt"] != nil)
    let target = scratch.url.appendingPathComponent("imported")
    let result = try REFIExchange.importProject(
      from: archive, into: target, importTime: Timestamp("2026-12-03T00:00:00Z"))
    #expect(result.report.isLossless, "\(result.report)")
    let imported = ProjectFolder(url: target)
    #expect(try imported.load().journal == Journal([Self.first]))
    #expect(try Self.bytes(imported) == (try Self.bytes(folder)))
  }

  @Test("a malformed journal is reported at path:line:col by check and keeps the project closed")
  func malformed() throws {
    let scratch = try ScratchFolder()
    let folder = try BundledProjectREFITests.copy(into: scratch)
    let text = "sarap-journal 1\n\nentry 2026-11-20T14:03:00Z\ncoder: ana\nwhy: x\ntext: y\n"
    try Data(text.utf8).write(to: folder.layout.url(ProjectLayout.journal))
    let problems = try ProjectCheck.problems(in: folder).map(\.description)
    #expect(
      problems.filter { $0.contains("journal") } == [
        folder.displayPath(ProjectLayout.journal) + ":5:1: unknown key 'why'"
      ], "\(problems)")
    #expect(throws: StoreError.self) {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana")
    }
    #expect(try Self.bytes(folder) == Data(text.utf8))
  }
}
