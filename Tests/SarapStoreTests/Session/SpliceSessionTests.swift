import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// An add or removal on the bundled corpus's dissertation codings file (real Kazakh excerpts'
/// codings) is saved by splicing its line: byte for byte the file encoded whole; a file not in
/// canonical form is encoded whole.
@Suite("Codings saves by splice in a session")
struct SpliceSessionTests {
  static let path = CodingsScopeTests.dissertation

  @Test("an add and a removal are spliced, and the file is the whole encoding, byte for byte")
  func addAndRemoveSpliced() throws {
    let folder = try CodingsScopeTests.cachedCopy()
    let session = try ProjectSession.open(
      folder: folder.url, coder: "dissertation", codings: .sessionCoder)
    let added = try CodingsScopeTests.codingOfFirstTranscript(session, coder: "dissertation")
    try #require(!session.project.codings.contains { $0.key == added.key })
    let removed = try #require(session.project.codings.dropFirst(7).first)
    for edit in [ProjectEdit.addCoding(added), .removeCoding(removed)] {
      let spliced = session.splicedCodings(for: edit, into: try session.unchangedBytes([Self.path]))
      #expect(spliced?.path == Self.path)
      try session.apply(edit, summary: "splice")
      let expected = CodingsFile.encode(coder: "dissertation", codings: session.project.codings)
      #expect(spliced?.content == expected)
      #expect(try folder.read(Self.path) == expected)
    }
    session.close()
    let reread = try ProjectFolder(url: folder.url).loadReport()
    #expect(reread.project.codings.filter { $0.coder == "dissertation" } == session.project.codings)
  }

  @Test("a file with a hand-written comment is encoded whole, as before")
  func commentedFileEncodedWhole() throws {
    let folder = try CodingsScopeTests.cachedCopy()
    try folder.write(try folder.read(Self.path) + "# checked by hand\n", to: Self.path)
    let session = try ProjectSession.open(
      folder: folder.url, coder: "dissertation", codings: .sessionCoder)
    let added = try CodingsScopeTests.codingOfFirstTranscript(session, coder: "dissertation")
    let edit = ProjectEdit.addCoding(added)
    #expect(session.splicedCodings(for: edit, into: try session.unchangedBytes([Self.path])) == nil)
    try session.apply(edit, summary: "encoded whole")
    #expect(
      try folder.read(Self.path)
        == CodingsFile.encode(coder: "dissertation", codings: session.project.codings))
    session.close()
  }
}
