import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The bundled project's export checked against what QualCoder's importer reads (see
/// docs/refi-qda.md), and the codebook round trip through a tool that re-mints GUIDs.
@Suite("REFI-QDA as QualCoder reads it")
struct QualCoderReadingTests {
  /// The bundled project, a copy of it, and its export's `project.qde`, parsed.
  struct Exported {
    var project: Project
    var folder: ProjectFolder
    var archive: URL
    var xml: String
    var root: XMLReader.Element
  }

  static func export(in scratch: ScratchFolder) throws -> Exported {
    let folder = try BundledProjectREFITests.copy(into: scratch)
    let archive = scratch.url.appendingPathComponent("bundled.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: archive, origin: "Sarap test")
    let files = try QDPXArchive.read(archive)
    let xml = String(decoding: try #require(files["project.qde"]), as: UTF8.self)
    let root = try XMLReader.parse(Array(xml.utf8), path: "project.qde")
    return Exported(
      project: try folder.load(), folder: folder, archive: archive, xml: xml, root: root)
  }

  @Test(
    "every note has a creationDateTime and a creatingUser that is one of the Users",
    .needs(.projectSchema))
  func notesDated() throws {
    let scratch = try ScratchFolder()
    let exported = try Self.export(in: scratch)
    let users = Set(
      exported.root.child("Users")?.children("User").compactMap { $0["guid"] } ?? [])
    let notes = exported.root.child("Notes")?.children("Note") ?? []
    let memos =
      exported.project.codings.filter { !$0.memo.isEmpty }.count
      + exported.project.transcripts.filter { !$0.memo.isEmpty }.count
      + exported.project.codebook.codes.filter { !$0.memo.isEmpty }.count
    #expect(notes.count == memos)
    #expect(notes.count > 0)
    for note in notes {
      let time = try #require(note["creationDateTime"], "note \(note["name"] ?? "") has no date")
      #expect(time.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/) != nil, "\(time)")
      #expect(note["creatingUser"].map(users.contains) == true)
    }
    let errors = try SchemaValidation.errors(of: exported.xml, schema: .projectSchema)
    #expect(errors.isEmpty, "\(errors.prefix(5))")
  }

  @Test("coding memos are in their selection's Description, transcript memos in the source's")
  func memosInDescription() throws {
    let scratch = try ScratchFolder()
    let exported = try Self.export(in: scratch)
    let sources = exported.root.child("Sources")?.children("TextSource") ?? []
    var codingMemos: [String] = []
    for source in sources {
      let transcript = try #require(
        exported.project.transcripts.first { $0.id.rawValue == source["name"] })
      #expect(source.child("Description")?.text ?? "" == transcript.memo)
      for selection in source.children("PlainTextSelection") where selection.child("Coding") != nil
      {
        if let memo = selection.child("Description")?.text { codingMemos.append(memo) }
      }
      let coded = source.children("PlainTextSelection").filter { $0.child("Coding") != nil }
      #expect(coded.allSatisfy { $0["creationDateTime"] != nil })
    }
    let expected = exported.project.codings.map(\.memo).filter { !$0.isEmpty }
    #expect(expected.count == 79)
    #expect(codingMemos.sorted() == expected.sorted())
    #expect(exported.project.transcripts.filter { !$0.memo.isEmpty }.count == 11)
  }

  @Test("every case is linked to its sources by SourceRef")
  func casesLinked() throws {
    let scratch = try ScratchFolder()
    let exported = try Self.export(in: scratch)
    let sources = Set(
      exported.root.child("Sources")?.children("TextSource").compactMap { $0["guid"] } ?? [])
    let cases = exported.root.child("Cases")?.children("Case") ?? []
    #expect(!cases.isEmpty)
    let linked = cases.filter { !$0.children("SourceRef").isEmpty }
    for element in linked {
      #expect(element.children("SourceRef").allSatisfy { sources.contains($0["targetGUID"] ?? "") })
    }
    #expect(linked.count > 0)
  }

  @Test("read back, memos are neither lost nor doubled by the Description copies")
  func memosReadOnce() throws {
    let scratch = try ScratchFolder()
    let exported = try Self.export(in: scratch)
    let target = scratch.url.appendingPathComponent("imported")
    let result = try REFIExchange.importProject(
      from: exported.archive, into: target, importTime: Timestamp("2026-12-01T00:00:00Z"))
    #expect(result.report.isLossless, "\(result.report)")
    let imported = try ProjectFolder(url: target).load()
    let memos = { (p: Project) in
      p.codings.filter { !$0.memo.isEmpty }.map { "\($0.transcript) \($0.range) \($0.memo)" }
        .sorted()
    }
    #expect(memos(imported) == memos(exported.project))
    #expect(imported.transcripts.map(\.memo) == exported.project.transcripts.map(\.memo))
  }

  @Test("a .qdc whose GUIDs were all re-minted adds no code and reports 74 matched by name")
  func remintedCodebook() throws {
    let scratch = try ScratchFolder()
    let folder = try BundledProjectREFITests.copy(into: scratch)
    let before = try folder.load().codebook.codes.map(\.id)
    #expect(before.count == 74)
    // Exporting the project first stores a GUID for every code: the case QualCoder's re-minted
    // GUIDs used to miss.
    _ = try REFIExchange.exportProject(
      from: folder, to: scratch.url.appendingPathComponent("p.qdpx"), origin: "Sarap test")
    let qdc = scratch.url.appendingPathComponent("codebook.qdc")
    _ = try REFIExchange.exportCodebook(from: folder, to: qdc, origin: "QualCoder 3.6")
    let original = try String(contentsOf: qdc, encoding: .utf8)
    let reminted = try Self.remintingGUIDs(original)
    #expect(reminted != original)
    try Data(reminted.utf8).write(to: qdc)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    defer { session.close() }
    let result = try REFIExchange.importCodebook(from: qdc, into: session)
    #expect(session.project.codebook.codes.map(\.id) == before)
    #expect(
      result.report.items.contains {
        $0.message == "74 codes read: 0 matched by GUID, 74 matched by name, 0 added"
      }, "\(result.report)")
  }

  /// The text with every GUID replaced by a new random one (each occurrence of one GUID alike).
  static func remintingGUIDs(_ text: String) throws -> String {
    let pattern = try Regex(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
    var fresh: [String: String] = [:]
    return text.replacing(pattern) { match in
      let old = String(text[match.range])
      if let new = fresh[old] { return new }
      let new = UUID().uuidString.lowercased()
      fresh[old] = new
      return new
    }
  }
}
