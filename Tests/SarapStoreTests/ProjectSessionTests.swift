import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

@Suite("Project sessions")
struct ProjectSessionTests {
  @Test("an applied coding is on disk in the coder's file only, and undo/redo survive a restart")
  func applyUndoRedoAcrossRestart() throws {
    let folder = try TemporaryProject()
    let before = try folder.snapshot(auditTrails: false)
    var session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.apply(.addCoding(TemporaryProject.coding("russia", 33, 45)), summary: "code")
    let after = try folder.snapshot(auditTrails: false)
    #expect(Set(after.keys) == Set(before.keys))
    #expect(after.filter { before[$0.key] != $0.value }.map(\.key) == ["Codebooks/codings/ana.txt"])
    #expect(try folder.read("Codebooks/codings/ana.txt").contains("R01\t33\t45\trussia\t"))
    session.close()

    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.project.codings.count == 1)
    #expect(session.history.map(\.kind) == [.apply])
    try session.undo()
    #expect(try folder.snapshot(auditTrails: false) == before)
    session.close()

    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.nextRedo?.summary == "code")
    try session.redo()
    #expect(try folder.snapshot(auditTrails: false) == after)
    #expect(session.history.map(\.kind) == [.apply, .undo, .redo])
    #expect(throws: StoreError.nothingToRedo) { try session.redo() }
    session.close()
  }

  @Test("a second writable session is refused with the holder's name; read-only still opens")
  func lockNamesHolder() throws {
    let folder = try TemporaryProject()
    let first = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect {
      _ = try ProjectSession.open(folder: folder.url, coder: "bob")
    } throws: { error in
      guard case .locked(let holder, _) = error as? StoreError else { return false }
      return holder.coder == "ana" && holder.pid == getpid()
    }
    let reader = try ProjectSession.open(folder: folder.url, coder: "bob", readOnly: true)
    #expect(reader.project == first.project)
    #expect(throws: StoreError.readOnly) {
      try reader.apply(.addCoding(TemporaryProject.coding("china", 0, 5)), summary: "x")
    }
    first.close()
    let second = try ProjectSession.open(folder: folder.url, coder: "bob")
    second.close()
  }

  @Test("a lock left by a dead process on this host is taken over")
  func staleLockIsTakenOver() throws {
    let folder = try TemporaryProject()
    let host = ProjectLock.currentHost()
    try folder.write(
      "sarap-lock 1\ncoder: ghost\nhost: \(host)\npid: 2147480000\nstarted: 2020-01-01T00:00:00Z\n",
      to: ".sarap/lock")
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(ProjectLock.read(folder.url.appendingPathComponent(".sarap/lock"))?.coder == "ana")
    session.close()
  }

  @Test("opening for editing refuses an unparseable file and leaves every file untouched")
  func unparseableRefused() throws {
    var files = TemporaryProject.files
    files["Codebooks/codebook.txt"] = "sarap-codebook 1\n\ncode russia\nkk Ресей\n"
    let folder = try TemporaryProject(files: files)
    let before = try folder.snapshot(auditTrails: false)
    #expect {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana")
    } throws: { error in
      guard case .unparseable(let errors) = error as? StoreError else { return false }
      return errors.map(\.description).first?.hasSuffix(
        "Codebooks/codebook.txt:4:1: expected 'key: value'") == true
    }
    #expect(try folder.snapshot(auditTrails: false) == before)
    let reader = try ProjectSession.open(folder: folder.url, coder: "ana", readOnly: true)
    #expect(reader.loadErrors.count == 1)
    #expect(reader.project.transcripts.map(\.id) == ["R01"])
    #expect(!FileManager.default.fileExists(atPath: folder.url.path + "/.sarap/lock"))
  }

  @Test("a merge touching the codebook and two coders' files is undone as one step")
  func mergeIsOneStep() throws {
    let folder = try TemporaryProject()
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.apply(.addCoding(TemporaryProject.coding("china", 33, 45)), summary: "a")
    try session.apply(
      .addCoding(TemporaryProject.coding("russia", 33, 45, coder: "bob")), summary: "b")
    let before = try folder.snapshot(auditTrails: false)
    #expect(before["Codebooks/codings/bob.txt"] != nil)
    try session.apply(try session.project.mergeEdit("china", into: "russia"), summary: "merge")
    #expect(try !folder.read("Codebooks/codebook.txt").contains("code china"))
    #expect(try folder.read("Codebooks/codings/ana.txt").contains("\trussia\t"))
    try session.undo()
    #expect(try folder.snapshot(auditTrails: false) == before)
    #expect(try ProjectFolder(url: folder.url).load() == session.project)
    session.close()
  }

  @Test("a save interrupted after its intent record is completed on the next open")
  func pendingSaveIsCompleted() throws {
    let folder = try TemporaryProject()
    let coding = TemporaryProject.coding("russia", 33, 45)
    var project = try ProjectFolder(url: folder.url).load()
    try project.apply(.addCoding(coding))
    let content = try #require(ProjectFile.codings("ana").content(in: project))
    let entry = HistoryEntry(
      sequence: 1, kind: .apply, coder: "ana", time: Timestamp("2026-11-26T00:00:00Z"),
      summary: "s", edit: .addCoding(coding), inverse: .removeCoding(coding))
    let path = "Codebooks/codings/ana.txt"
    let pending = PendingSave(
      files: [.init(path: path, content: content)],
      before: [path: SHA256.hex(try folder.read(path))], sequence: 1,
      historyLine: HistoryFile.encodeLine(entry))
    let data = try JSONEncoder().encode(pending)
    try folder.write(String(decoding: data, as: UTF8.self), to: ".sarap/pending")
    try folder.write(HistoryFile.encodeLine(entry) + "\n{\"torn", to: ".sarap/history")
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.project.codings == [coding])
    #expect(session.history.count == 1)
    #expect(try folder.read(".sarap/history") == HistoryFile.encodeLine(entry) + "\n")
    #expect(!FileManager.default.fileExists(atPath: folder.url.path + "/.sarap/pending"))
    session.close()
  }
}
