import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// The pending record (`sarap-pending 2`): hashes checked, old records handled safely, failed
/// saves put back, foreign changes refused.
@Suite("Pending saves")
struct PendingSaveTests {
  static let path = "Codebooks/codings/ana.txt"

  /// A project, the text of ana's codings file after adding a coding, and that edit's history line.
  static func edit(in folder: TemporaryProject) throws -> (content: String, line: String) {
    let coding = TemporaryProject.coding("russia", 33, 45)
    var project = try ProjectFolder(url: folder.url).load()
    try project.apply(.addCoding(coding))
    let content = try #require(ProjectFile.codings("ana").content(in: project))
    let entry = HistoryEntry(
      sequence: 1, kind: .apply, coder: "ana", time: Timestamp("2026-11-26T00:00:00Z"),
      summary: "s", edit: .addCoding(coding), inverse: .removeCoding(coding))
    return (content, HistoryFile.encodeLine(entry))
  }

  @Test("a version 1 record (no hashes) whose file moved on is set aside, not applied")
  func oldRecordIsSetAside() throws {
    let folder = try TemporaryProject()
    let (content, line) = try Self.edit(in: folder)
    // Version 1, as Sarap wrote it before hashes: no "format", no "before"/"after".
    let record = try JSONSerialization.data(withJSONObject: [
      "files": [["path": Self.path, "content": content]], "sequence": 1, "historyLine": line,
    ])
    try folder.write(String(decoding: record, as: UTF8.self), to: ".sarap/pending")
    let pulled =
      "sarap-codings 1\ncoder: ana\n"
      + "R01\t0\t3\tchina\t00000000\t2026-11-27T00:00:00Z\t\n"
    try folder.write(pulled, to: Self.path)
    #expect(throws: StoreError.self) { try ProjectSession.open(folder: folder.url, coder: "ana") }
    #expect(try folder.read(Self.path) == pulled)
    let kept = PendingSetAside.kept(in: ProjectFolder(url: folder.url))
    let setAside = try #require(kept.first)
    #expect(kept.count == 1)
    #expect(try folder.read("\(setAside)/\(Self.path)") == content)
    #expect(try folder.read("\(setAside)/pending") == String(decoding: record, as: UTF8.self))
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.history.isEmpty)
    session.close()
  }

  @Test("a version 1 record whose files are all written already is completed (history appended)")
  func oldCompleteRecordIsFinished() throws {
    let folder = try TemporaryProject()
    let (content, line) = try Self.edit(in: folder)
    let record = try JSONSerialization.data(withJSONObject: [
      "files": [["path": Self.path, "content": content]], "sequence": 1, "historyLine": line,
    ])
    try folder.write(String(decoding: record, as: UTF8.self), to: ".sarap/pending")
    try folder.write(content, to: Self.path)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.history.count == 1)
    #expect(PendingSetAside.kept(in: ProjectFolder(url: folder.url)).isEmpty)
    session.close()
  }

  @Test("a record whose content does not match its hash is set aside as damaged")
  func damagedRecordIsSetAside() throws {
    let folder = try TemporaryProject()
    let (content, line) = try Self.edit(in: folder)
    var save = PendingSave(
      files: [.init(path: Self.path, content: content)],
      before: [Self.path: SHA256.hex(try folder.read(Self.path))], sequence: 1, historyLine: line)
    save.files[0].content = content + "R01\t0\t1\tchina\t00000000\t2026-11-27T00:00:00Z\t\n"
    try folder.write(
      String(decoding: try JSONEncoder().encode(save), as: UTF8.self), to: ".sarap/pending")
    let before = try folder.read(Self.path)
    do {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana")
      Issue.record("a damaged record was accepted")
    } catch {
      #expect("\(error)".contains("does not match its hash"), "\(error)")
    }
    #expect(try folder.read(Self.path) == before)
  }

  @Test("a file changed between the session's check and the replacement is not overwritten")
  func changeJustBeforeTheRenameIsRefused() throws {
    let folder = try TemporaryProject()
    let (content, line) = try Self.edit(in: folder)
    let expected = SHA256.hex(try folder.read(Self.path))
    let save = PendingSave(
      files: [.init(path: Self.path, content: content)], before: [Self.path: expected],
      sequence: 1, historyLine: line)
    let foreign = "sarap-codings 1\ncoder: ana\n# edited by hand\n"
    try folder.write(foreign, to: Self.path)
    let project = ProjectFolder(url: folder.url)
    let journal = HistoryJournal(
      url: project.layout.url(ProjectLayout.history), displayPath: ProjectLayout.history)
    #expect(throws: StoreError.changedOnDisk(path: project.displayPath(Self.path))) {
      try save.perform(in: project, journal: journal)
    }
    #expect(try folder.read(Self.path) == foreign)
    #expect(!FileManager.default.fileExists(atPath: project.layout.url(ProjectLayout.pending).path))
    #expect(try journal.read().log.entries.isEmpty)
  }

  @Test("a save failing on its second file puts the first back and leaves no record")
  func failedSaveIsPutBack() throws {
    let folder = try TemporaryProject()
    let (content, line) = try Self.edit(in: folder)
    let original = try folder.read(Self.path)
    let project = ProjectFolder(url: folder.url)
    try folder.write("x", to: "Codebooks/zz/blocker")
    // The second file's folder is a file: creating it fails after the first was replaced.
    let save = PendingSave(
      files: [
        .init(path: Self.path, content: content),
        .init(path: "Codebooks/zz/blocker/a.txt", content: "a"),
      ],
      before: [Self.path: SHA256.hex(original)], sequence: 1, historyLine: line)
    let journal = HistoryJournal(
      url: project.layout.url(ProjectLayout.history), displayPath: ProjectLayout.history)
    #expect(throws: StoreError.self) { try save.perform(in: project, journal: journal) }
    #expect(try folder.read(Self.path) == original)
    #expect(!FileManager.default.fileExists(atPath: project.layout.url(ProjectLayout.pending).path))
    let leftovers = FileReader.names(in: project.layout.url(ProjectLayout.codings))
    #expect(leftovers == ["ana.txt"])
  }

  @Test("pending paths: only the project's own text files")
  func confinement() throws {
    let folder = try TemporaryProject()
    let layout = ProjectFolder(url: folder.url).layout
    for good in [
      "Codebooks/codebook.txt", "Codebooks/codings/ana.txt", "Transcripts/revisions/R01.1.txt",
    ] {
      #expect(PendingPath.problem(good, in: layout) == nil, "\(good)")
    }
    for bad in [
      "../x.txt", "/etc/x.txt", ".git/hooks/pre-commit", "Codebooks/../../x.txt",
      "Codebooks//x.txt",
      "Codebooks/./x.txt", "Codebooks/.GIT/x.txt", "Codebooks/x.sh", "Codebooks/.x.txt",
      "x.txt", "Codebooks", "Codebooks/a\nb.txt", ".sarap/history",
    ] {
      #expect(PendingPath.problem(bad, in: layout) != nil, "\(bad)")
    }
    let outside = FileManager.default.temporaryDirectory.path
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.path + "/Codebooks/out", withDestinationPath: outside)
    #expect(PendingPath.problem("Codebooks/out/x.txt", in: layout) != nil)
  }
}
