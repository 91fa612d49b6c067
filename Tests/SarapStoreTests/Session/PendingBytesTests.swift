import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// The version 4 record (`sarap-pending 4`): contents as raw bytes after one JSON line, completed
/// like the versions before it; a record cut short or with bytes to spare is set aside.
@Suite("Pending records with raw contents")
struct PendingBytesTests {
  static let path = "Codebooks/codings/ana.txt"

  /// A project, a save of ana's codings with a coding whose memo holds Kazakh text, a tab, a
  /// newline and a backslash, and that save's content.
  static func save(in folder: TemporaryProject) throws -> (save: PendingSave, content: String) {
    let coding = TemporaryProject.coding(
      "russia", 33, 45, memo: "Ресей ықпалы\t«күшті»\nжол \\ соңы")
    var project = try ProjectFolder(url: folder.url).load()
    try project.apply(.addCoding(coding))
    let content = try #require(ProjectFile.codings("ana").content(in: project))
    let entry = HistoryEntry(
      sequence: 1, kind: .apply, coder: "ana", time: Timestamp("2026-12-04T00:00:00Z"),
      summary: "code R01 33..45 with russia", edit: .addCoding(coding),
      inverse: .removeCoding(coding))
    let save = PendingSave(
      files: [.init(path: Self.path, content: content)],
      before: [Self.path: SHA256.hex(try folder.read(Self.path))], sequence: 1,
      historyLine: HistoryFile.encodeLine(entry))
    return (save, content)
  }

  @Test("the content follows the JSON line byte for byte, and decodes back")
  func contentIsRaw() throws {
    let folder = try TemporaryProject()
    let (save, content) = try Self.save(in: folder)
    let bytes = try save.encodedBytes()
    let parts = String(decoding: bytes, as: UTF8.self)
      .split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
    try #require(parts.count == 3)
    #expect(parts[0] == "sarap-pending 4")
    #expect(parts[1].hasPrefix("{") && !parts[1].contains("sarap-codings"))
    #expect(parts[1].contains(#""length":\#(content.utf8.count)"#))
    #expect(String(parts[2]) == content)
    let decoded = try PendingSave.decode(bytes)
    #expect(decoded.files.map(\.content) == [content])
    #expect(decoded.files.map(\.after) == save.files.map(\.after))
    #expect(decoded.historyLines == save.historyLines)
  }

  @Test("a version 4 record left by a crash is completed: file written, history appended")
  func recordIsCompleted() throws {
    let folder = try TemporaryProject()
    let (save, content) = try Self.save(in: folder)
    try folder.write(String(decoding: try save.encodedBytes(), as: UTF8.self), to: ".sarap/pending")
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(try folder.read(Self.path) == content)
    #expect(session.history.map(\.summary) == ["code R01 33..45 with russia"])
    #expect(session.project.codings.contains { $0.memo.hasPrefix("Ресей ықпалы\t") })
    #expect(PendingSetAside.kept(in: ProjectFolder(url: folder.url)).isEmpty)
    session.close()
  }

  @Test("a version 4 record cut short, or with bytes after its contents, is set aside")
  func damagedRecordIsSetAside() throws {
    for damage in ["cut", "extra", "content in JSON"] {
      let folder = try TemporaryProject()
      let (save, _) = try Self.save(in: folder)
      var bytes = try save.encodedBytes()
      switch damage {
      case "cut": bytes.removeLast()
      case "extra": bytes.append(UInt8(ascii: "x"))
      default:
        bytes = Array(
          String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: #""length":"#, with: #""content":"x","length":"#).utf8)
      }
      try folder.write(String(decoding: bytes, as: UTF8.self), to: ".sarap/pending")
      let before = try folder.read(Self.path)
      do {
        _ = try ProjectSession.open(folder: folder.url, coder: "ana")
        Issue.record("a damaged record (\(damage)) was completed")
      } catch {
        #expect("\(error)".contains("not a readable record"), "\(damage): \(error)")
      }
      #expect(try folder.read(Self.path) == before, "\(damage)")
      #expect(PendingSetAside.kept(in: ProjectFolder(url: folder.url)).count == 1, "\(damage)")
      let session = try ProjectSession.open(folder: folder.url, coder: "ana")
      #expect(session.history.isEmpty)
      session.close()
    }
  }

  @Test("a version 2 record (one JSON object, contents escaped) is still completed")
  func version2RecordIsCompleted() throws {
    let folder = try TemporaryProject()
    let (save, content) = try Self.save(in: folder)
    let record = try JSONEncoder().encode(save)
    #expect(String(decoding: record, as: UTF8.self).contains(#""format":"sarap-pending 2""#))
    try folder.write(String(decoding: record, as: UTF8.self), to: ".sarap/pending")
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(try folder.read(Self.path) == content)
    #expect(session.history.count == 1)
    session.close()
  }
}
