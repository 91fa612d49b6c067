import Foundation
import Testing

@testable import SarapFormats

/// The check read from a document's bytes (what an export runs) finds exactly what the check of
/// its parsed tree finds, in the same order.
@Suite("REFI-QDA semantic check, streamed")
struct REFICheckStreamTests {
  static let user = REFICheckTests.user
  static let code = REFICheckTests.code
  static let source = REFICheckTests.source
  static let texts = ["\(source).txt": "Ресей"]

  /// Both checks of a document: the tree's and the stream's (which the check of a written
  /// document, read by libxml2 directly, must also give).
  static func both(_ document: String) throws -> (tree: [String], stream: [String]) {
    let bytes = Array(document.utf8)
    let tree = REFICheck.issues(
      in: try XMLReader.parse(bytes, path: "p.qde"), path: "p.qde", sources: texts)
    let stream = try REFICheck.issues(inDocument: bytes, path: "p.qde", sources: texts)
    let written = try REFICheck.issues(inWrittenDocument: bytes, path: "p.qde", sources: texts)
    #expect(written == stream)
    return (tree, stream)
  }

  /// A document with notes after the sources (a `NoteRef` points forward), inline text in a note,
  /// and the faults given.
  static func notes(ref: String, noteStart: Int, noteEnd: Int, noteGUID: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Project xmlns="urn:QDA-XML:project:1.0" name="x">
      <Users><User guid="\(user)" name="ana"/></Users>
      <CodeBook><Codes><Code guid="\(code)" name="c" isCodable="true" color="#C0392B"/></Codes></CodeBook>
      <Sources>
        <TextSource guid="\(source)" plainTextPath="internal://\(source).txt">
          <NoteRef targetGUID="\(ref)"/>
        </TextSource>
        <TextSource guid="00000000-0000-4000-8000-000000000010" creatingUser="00000000-0000-4000-8000-0000000000aa">
          <PlainTextSelection guid="00000000-0000-4000-8000-000000000011" startPosition="0" endPosition="1"/>
        </TextSource>
      </Sources>
      <Notes>
        <Note guid="\(noteGUID)" name="n">
          <PlainTextContent>Қазақ</PlainTextContent>
          <PlainTextSelection guid="00000000-0000-4000-8000-000000000012" startPosition="\(noteStart)" endPosition="\(noteEnd)"/>
        </Note>
      </Notes>
    </Project>
    """
  }

  @Test("every fault the tree check's tests plant is found by the stream, in the same words")
  func plantedFaults() throws {
    let base = REFICheckTests.document()
    let documents = [
      base,
      REFICheckTests.document(color: "#AABBCCDD"),
      REFICheckTests.document(start: 3, end: 1), REFICheckTests.document(start: 2, end: 2),
      REFICheckTests.document(start: 0, end: 6), REFICheckTests.document(start: -1, end: 2),
      REFICheckTests.document(ref: "00000000-0000-4000-8000-0000000000ff"),
      REFICheckTests.document(ref: Self.user),
      base.replacingOccurrences(of: "guid=\"\(Self.user)\"", with: "guid=\"{\(Self.user)}\""),
      base.replacingOccurrences(of: "name=\"x\">", with: "name=\"x\" basePath=\"/home/ana\">"),
    ]
    for (index, document) in documents.enumerated() {
      let (tree, stream) = try Self.both(document)
      #expect(stream == tree, "document \(index)")
      #expect(stream.isEmpty == (index == 0), "document \(index): \(stream)")
    }
  }

  @Test("a forward NoteRef resolves at the end; several faults keep the tree's order")
  func forwardReferencesAndOrder() throws {
    let note = "00000000-0000-4000-8000-000000000020"
    let sound = try Self.both(Self.notes(ref: note, noteStart: 0, noteEnd: 5, noteGUID: note))
    // The second source has no text and an unknown creating user: two faults, nothing else.
    #expect(sound.stream == sound.tree)
    #expect(sound.stream.count == 3, "\(sound.stream)")
    #expect(sound.stream.contains { $0.contains("neither plainTextPath nor PlainTextContent") })
    #expect(sound.stream.contains { $0.contains("creatingUser") })
    let faulty = try Self.both(
      Self.notes(
        ref: "00000000-0000-4000-8000-0000000000ff", noteStart: 2, noteEnd: 6,
        noteGUID: Self.code.uppercased()))
    #expect(faulty.stream == faulty.tree)
    #expect(faulty.stream.contains { $0.contains("NoteRef points to") })
    #expect(faulty.stream.contains { $0.contains("selection 2..6") && $0.contains("(5)") })
    #expect(faulty.stream.count > sound.stream.count)
  }

  @Test("a GUID used twice is found, the lower-case and upper-case forms kept apart as written")
  func duplicates() throws {
    let twice = REFICheckTests.document().replacingOccurrences(
      of: "00000000-0000-4000-8000-000000000005", with: REFICheckTests.code)
    let (tree, stream) = try Self.both(twice)
    #expect(stream == tree)
    #expect(stream.contains { $0.contains("is used twice") })
  }

  @Test("a document that is not well-formed is refused with its position")
  func malformed() throws {
    let bytes = Array("<Project>\n<a></Project>".utf8)
    let error = #expect(throws: ProjectFileError.self) {
      try REFICheck.issues(inDocument: bytes, path: "p.qde", sources: [:])
    }
    let written = #expect(throws: ProjectFileError.self) {
      try REFICheck.issues(inWrittenDocument: bytes, path: "p.qde", sources: [:])
    }
    #expect(written?.description == error?.description)
    #expect(written != nil && written?.line == error?.line)
  }
}
