import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// Export and import between project folders and files, as `sarap export` and `sarap import` do.
@Suite("REFI-QDA exchange on disk")
struct REFIExchangeTests {
  static let importTime = Timestamp("2026-12-01T00:00:00Z")

  /// A project folder holding the project.
  static func folder(_ project: Project, in scratch: ScratchFolder, name: String = "project")
    throws -> ProjectFolder
  {
    let url = scratch.url.appendingPathComponent(name)
    let folder = try ProjectFolder.create(at: url, title: project.description.title)
    try folder.save(project)
    return folder
  }

  static var project: Project {
    let body: TranscriptText = "R01: Ресей ықпалы зор.\n\nR01: Қытай да бар.\n"
    return Project(
      description: ProjectDescription(title: "Fixture"),
      codebook: Codebook([
        Code(id: "russia", nameKK: "Ресей", nameEN: "Russia", memo: "a theme memo"),
        Code(id: "china", nameKK: "Қытай", nameEN: "China"),
      ]),
      transcripts: [Transcript(id: "R01", body: body)],
      codings: [
        Coding(
          transcript: "R01", range: TextRange(start: 5, end: 22), code: "russia", coder: "ana",
          time: Timestamp("2026-11-26T00:00:00Z"), fingerprint: TextFingerprint(of: "x"),
          memo: "first")
      ])
  }

  @Test("an export of a project folder validates against Project.xsd", .needs(.projectSchema))
  func exportValidates() throws {
    let scratch = try ScratchFolder()
    let folder = try Self.folder(Self.project, in: scratch)
    let archive = scratch.url.appendingPathComponent("project.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: archive, origin: "Sarap test")
    let files = try QDPXArchive.read(archive)
    let xml = String(decoding: try #require(files["project.qde"]), as: UTF8.self)
    let errors = try SchemaValidation.errors(of: xml, schema: .projectSchema)
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test("an export keeps its GUIDs in refi-ids.txt and repeats itself byte for byte")
  func exportIsStable() throws {
    let scratch = try ScratchFolder()
    let folder = try Self.folder(Self.project, in: scratch)
    let first = scratch.url.appendingPathComponent("first.qdpx")
    let second = scratch.url.appendingPathComponent("second.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: first, origin: "Sarap test")
    let ids = try String(
      contentsOf: folder.layout.url(ProjectLayout.refiGUIDs), encoding: .utf8)
    #expect(ids.hasPrefix("sarap-refi-ids 1\nproject\tproject\t"))
    _ = try REFIExchange.exportProject(from: folder, to: second, origin: "Sarap test")
    #expect(
      try String(contentsOf: folder.layout.url(ProjectLayout.refiGUIDs), encoding: .utf8) == ids)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    let files = try QDPXArchive.read(first)
    // Sarap's own files beside project.qde: the code ids (the fixture has no interview guide).
    #expect(
      files.keys.filter { !$0.hasPrefix("sources/") }.sorted() == [
        "project.qde", "sarap/code-ids.txt",
      ])
    let xml = String(decoding: try #require(files["project.qde"]), as: UTF8.self)
    #expect(!xml.contains("basePath"))
    #expect(!xml.contains(FileManager.default.homeDirectoryForCurrentUser.path))
    #expect(!xml.contains(scratch.url.path))
  }

  @Test("export, import into a new folder, export: the same archive, byte for byte")
  func folderRoundTrip() throws {
    let scratch = try ScratchFolder()
    let folder = try Self.folder(Self.project, in: scratch)
    let first = scratch.url.appendingPathComponent("first.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: first, origin: "Sarap test")
    let target = scratch.url.appendingPathComponent("imported")
    let result = try REFIExchange.importProject(
      from: first, into: target, importTime: Self.importTime)
    #expect(result.report.isLossless, "\(result.report)")
    let second = scratch.url.appendingPathComponent("second.qdpx")
    _ = try REFIExchange.exportProject(
      from: ProjectFolder(url: target), to: second, origin: "Sarap test")
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
  }

  @Test("an exported .qdc file validates against Codebook.xsd", .needs(.codebookSchema))
  func codebookExportValidates() throws {
    let scratch = try ScratchFolder()
    let source = try Self.folder(Self.project, in: scratch)
    let qdc = scratch.url.appendingPathComponent("codebook.qdc")
    _ = try REFIExchange.exportCodebook(from: source, to: qdc, origin: "Sarap test")
    let errors = try SchemaValidation.errors(
      of: try String(contentsOf: qdc, encoding: .utf8), schema: .codebookSchema)
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test(
    "a .qdc adds new codes, keeps existing ones by GUID or name, reports conflicts; undo removes")
  func codebookImport() throws {
    let scratch = try ScratchFolder()
    let source = try Self.folder(Self.project, in: scratch, name: "source")
    let theirs = Project(
      description: ProjectDescription(title: "Theirs"),
      codebook: Codebook([
        Code(
          id: "ru", nameKK: "Ресей", nameEN: "Russia", definition: "differs",
          colour: Colour(red: 1, green: 2, blue: 3)),
        Code(id: "turkey", nameKK: "Түркия", nameEN: "Turkey"),
        Code(id: "turkey.media", parent: "turkey", nameKK: "БАҚ", nameEN: "Media"),
      ]),
      transcripts: Self.project.transcripts)
    let target = try Self.folder(theirs, in: scratch, name: "target")
    let qdc = scratch.url.appendingPathComponent("codebook.qdc")
    _ = try REFIExchange.exportCodebook(from: source, to: qdc, origin: "Sarap test")
    let session = try ProjectSession.open(folder: target.url, coder: "ana")
    defer { session.close() }
    let result = try REFIExchange.importCodebook(from: qdc, into: session)
    #expect(session.project.codebook.codes.map(\.id) == ["ru", "turkey", "turkey.media", "china"])
    #expect(session.project.codebook["ru"]?.definition == "differs")
    #expect(
      result.report.items.contains { $0.message.contains("code 'ru' exists; kept its colour") })
    let ids = try REFIGUIDsStore.load(target)
    let exported = try REFIGUIDsStore.load(source)
    #expect(ids[.code, "ru"] == exported[.code, "russia"])
    #expect(ids[.code, "china"] == exported[.code, "china"])
    try session.undo()
    #expect(session.project.codebook.codes.map(\.id) == ["ru", "turkey", "turkey.media"])
  }
}

extension REFIExchangeTests {
  @Test(
    "a Taguette .qdc (flat codes, no colours, an empty Sets): new codes as themes, 'Russia' kept")
  func taguetteCodebook() throws {
    let scratch = try ScratchFolder()
    let target = try Self.folder(Self.project, in: scratch)
    let qdc = scratch.url.appendingPathComponent("taguette.qdc")
    try Data(
      """
      <?xml version='1.0' encoding='utf-8'?>
      <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
        <Codes>
          <Code guid="8b1c8e7e-5f0a-4a52-9d55-0c8f1a7f7a01" name="trust in media" isCodable="true">
            <Description>Statements about trusting news sources</Description>
          </Code>
          <Code guid="8b1c8e7e-5f0a-4a52-9d55-0c8f1a7f7a02" name="Russia" isCodable="true"/>
        </Codes>
        <Sets/>
      </CodeBook>
      """.utf8
    ).write(to: qdc)
    let session = try ProjectSession.open(folder: target.url, coder: "ana")
    defer { session.close() }
    let result = try REFIExchange.importCodebook(from: qdc, into: session)
    let codes = session.project.codebook.codes
    #expect(codes.map(\.id) == ["russia", "china", "trust-in-media"])
    #expect(codes[2].isTheme && codes[2].definition == "Statements about trusting news sources")
    #expect(result.report.isLossless, "\(result.report)")
    #expect(result.report.items.contains { $0.message.contains("code 'russia' exists") })
    let ids = try REFIGUIDsStore.load(target)
    #expect(ids[.code, "russia"]?.rawValue == "8b1c8e7e-5f0a-4a52-9d55-0c8f1a7f7a02")
  }
}
