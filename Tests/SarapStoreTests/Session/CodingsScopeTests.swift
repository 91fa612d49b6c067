import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// A session that holds only its coder's codings (what `sarap code add|remove|batch` open): it
/// leaves another coder's cached codings unread, still checks a changed one parses, saves what a
/// whole session would, and refuses edits of anything else.
@Suite("Sessions holding one coder's codings")
struct CodingsScopeTests {
  static let dissertation = "Codebooks/codings/dissertation.txt"

  /// A copy of the bundled project whose cache holds every file.
  static func cachedCopy() throws -> TemporaryProject {
    let folder = try BundledProjectTests.copy()
    _ = try ProjectFolder(url: folder.url).loadReport(stamping: false, cache: .textOnDemand)
    return folder
  }

  static func codingOfFirstTranscript(_ session: ProjectSession, coder: Coder.ID) throws -> Coding {
    let transcript = try #require(session.project.transcripts.first)
    return Coding.fixture(
      "russia", TextRange(start: 0, end: 3), in: transcript.id, body: transcript.body,
      coder: coder)
  }

  @Test("another coder's cached codings are not loaded; the save is a whole session's")
  func othersLeftUnread() throws {
    let folder = try Self.cachedCopy()
    let whole = try ProjectSession.open(folder: folder.url, coder: "ana", readOnly: true)
    #expect(whole.project.codings.contains { $0.coder == "dissertation" })
    let session = try ProjectSession.open(
      folder: folder.url, coder: "ana", codings: .sessionCoder)
    #expect(session.codingsScope == .sessionCoder)
    #expect(session.project.codings.isEmpty)
    let before = try folder.read(Self.dissertation)
    let coding = try Self.codingOfFirstTranscript(session, coder: "ana")
    try session.apply(.addCoding(coding), summary: "add")
    session.close()
    #expect(try folder.read(Self.dissertation) == before)
    let after = try ProjectFolder(url: folder.url).loadReport()
    #expect(after.errors.isEmpty)
    #expect(after.project.codings.count == whole.project.codings.count + 1)
    #expect(after.project.codings.filter { $0.coder == "ana" } == [coding])
    #expect(
      try folder.read("Codebooks/codings/ana.txt")
        == CodingsFile.encode(coder: "ana", codings: [coding]))
  }

  @Test("the coder's own codings are all loaded, and an edit of them keeps every one")
  func ownCodingsLoaded() throws {
    let folder = try Self.cachedCopy()
    let whole = try ProjectFolder(url: folder.url).loadReport().project
    let own = whole.codings.filter { $0.coder == "dissertation" }
    let session = try ProjectSession.open(
      folder: folder.url, coder: "dissertation", codings: .sessionCoder)
    #expect(session.project.codings == own)
    let removed = try #require(own.last)
    try session.apply(.removeCoding(removed), summary: "remove")
    session.close()
    let after = try ProjectFolder(url: folder.url).loadReport().project
    #expect(after.codings == whole.codings.filter { $0 != removed })
  }

  @Test("another coder's file changed by hand is read again: broken, the session refuses")
  func changedOtherFileIsChecked() throws {
    let folder = try Self.cachedCopy()
    let text = try folder.read(Self.dissertation)
    try folder.write(
      text + "R01\tnot-a-number\t3\trussia\t00000000\t2026-01-01T00:00:00Z\n",
      to: Self.dissertation)
    #expect {
      try ProjectSession.open(folder: folder.url, coder: "ana", codings: .sessionCoder)
    } throws: { error in
      "\(error)".contains("Codebooks/codings/dissertation.txt:")
    }
  }

  @Test("a hand-edited other file that still parses is read, and its codings left out")
  func changedOtherFileStillParses() throws {
    let folder = try Self.cachedCopy()
    try folder.write(try folder.read(Self.dissertation) + "# a note\n", to: Self.dissertation)
    let session = try ProjectSession.open(
      folder: folder.url, coder: "ana", codings: .sessionCoder)
    #expect(session.project.codings.isEmpty)
    let coding = try Self.codingOfFirstTranscript(session, coder: "ana")
    try session.apply(.addCoding(coding), summary: "add")
    #expect(try folder.read(Self.dissertation).hasSuffix("# a note\n"))
  }

  @Test("edits of anything but the coder's codings are refused, and nothing is written")
  func outsideEditsRefused() throws {
    let folder = try Self.cachedCopy()
    let session = try ProjectSession.open(
      folder: folder.url, coder: "ana", codings: .sessionCoder)
    let codebook = try folder.read("Codebooks/codebook.txt")
    let code = Code(id: "scope.test", nameKK: "Сынақ", nameEN: "Scope test")
    #expect {
      try session.apply(.addCode(code, position: 0), summary: "new code")
    } throws: { error in
      "\(error)".contains("holds only ana's codings") && "\(error)".contains("codebook.txt")
    }
    let other = try Self.codingOfFirstTranscript(session, coder: "dissertation")
    #expect(throws: StoreError.self) {
      try session.apply(.addCoding(other), summary: "another coder's")
    }
    #expect(try folder.read("Codebooks/codebook.txt") == codebook)
  }

  @Test("opening leaves the coder's settled codings entry for the save to write, once")
  func settlingLeftToTheSave() throws {
    let folder = try Self.cachedCopy()
    let entry = folder.url.appendingPathComponent(".sarap/cache/codings.d/dissertation.txt")
    let written = try FileManager.default.attributesOfItem(atPath: entry.path)[.modificationDate]
    Thread.sleep(forTimeInterval: 2.2)
    let session = try ProjectSession.open(
      folder: folder.url, coder: "dissertation", codings: .sessionCoder)
    session.close()
    #expect(
      try FileManager.default.attributesOfItem(atPath: entry.path)[.modificationDate] as? Date
        == written as? Date)
    // Left racy, the entry is checked against the file again by the next load, and still used.
    let report = try ProjectFolder(url: folder.url).loadReport(
      stamping: false, cache: .textOnDemand)
    #expect(report.cacheUse.decoded == 0)
    #expect(report.project == (try ProjectFolder(url: folder.url).loadReport().project))
  }
}
