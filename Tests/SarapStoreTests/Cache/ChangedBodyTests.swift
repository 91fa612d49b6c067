import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// A workbench session reads a transcript's body when it is first shown; a transcript changed on
/// disk after the session opened, before its body was read, is never read as the old text: the
/// session names the file as changed on disk, refuses edits, and the body holds a notice.
@Suite("Bodies read when shown, in a long session")
struct ChangedBodyTests {
  /// Opens the workbench's kind of session on a copy of the bundled project.
  static func session(_ folder: TemporaryProject) throws -> ProjectSession {
    try ProjectSession.open(folder: folder.url, coder: "ana", text: .onDemandInSession)
  }

  /// The file of a transcript, relative to the project.
  static func path(_ transcript: Transcript) -> String { "Transcripts/\(transcript.id).txt" }

  /// The file's text with the first ASCII lowercase letter of its body replaced by another of
  /// the same length: the body's length in bytes and scalars is unchanged, its text is not.
  static func sameLengthEdit(of text: String) throws -> String {
    let separator = try #require(text.range(of: "\n---\n"))
    let body = text[separator.upperBound...]
    let letter = try #require(body.firstIndex { $0.isASCII && $0.isLowercase && $0 != "x" })
    var edited = text
    edited.replaceSubrange(letter...letter, with: "x")
    return edited
  }

  @Test("a body changed on disk before it is read holds a notice, not the new text")
  func sameLengthChange() throws {
    let folder = try BundledProjectTests.copy()
    let session = try Self.session(folder)
    defer { session.close() }
    let transcript = try #require(session.project.transcripts.last)
    #expect(!transcript.body.isTextLoaded)
    let path = Self.path(transcript)
    let shownPath = session.folder.displayPath(path)
    let edited = try Self.sameLengthEdit(of: try folder.read(path))
    try folder.write(edited, to: path)
    let newBody = try TranscriptFile.decode(edited, path: path).body
    #expect(newBody.scalarCount == transcript.body.scalarCount)

    let shown = transcript.body.string
    #expect(shown != newBody.string)
    #expect(shown.hasPrefix("[\(shownPath) changed on disk after Sarap opened the project"))
    #expect(shown.unicodeScalars.count == transcript.body.scalarCount)
    #expect(session.changedBodies?.all == [shownPath])
    #expect(throws: StoreError.changedOnDisk(path: shownPath)) {
      try session.noticeChangesOnDisk()
    }
  }

  @Test("after a body was found changed, an edit is refused and nothing is written")
  func editRefused() throws {
    let folder = try BundledProjectTests.copy()
    let session = try Self.session(folder)
    defer { session.close() }
    let transcript = try #require(session.project.transcripts.first)
    let path = Self.path(transcript)
    try folder.write(try folder.read(path) + "\nR01: added by hand.\n", to: path)
    #expect(transcript.body.scalarCount > 20)
    _ = transcript.body[TextRange(start: 0, end: transcript.body.scalarCount)]
    let before = try folder.snapshot()
    let coding = Coding.fixture(
      "russia", TextRange(start: 0, end: 20), in: transcript.id, body: transcript.body)
    #expect(throws: StoreError.self) { try session.apply(.addCoding(coding), summary: "add") }
    #expect(try folder.snapshot() == before)
    #expect(session.changedBodies?.nextUnnamed() == session.folder.displayPath(path))
    #expect(session.changedBodies?.nextUnnamed() == nil)
  }

  @Test("a body unchanged on disk is read as it is, once, when first shown")
  func unchangedBody() throws {
    let folder = try BundledProjectTests.copy()
    let session = try Self.session(folder)
    defer { session.close() }
    let cold = try ProjectFolder(url: folder.url).load()
    let transcript = try #require(session.project.transcripts.first)
    #expect(!transcript.body.isTextLoaded)
    #expect(transcript.body.string == cold.transcript(transcript.id)?.body.string)
    #expect(transcript.body.isTextLoaded)
    #expect(session.changedBodies?.all == [])
    try session.noticeChangesOnDisk()
  }
}
