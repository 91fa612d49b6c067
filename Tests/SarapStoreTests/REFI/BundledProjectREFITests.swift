import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The bundled project (the repository's Transcripts/ and Codebooks/, copied first) exported as a
/// REFI-QDA archive and read back.
@Suite("The bundled project in REFI-QDA")
struct BundledProjectREFITests {
  /// A copy of the bundled project in a scratch folder (the repository's files are never touched).
  static func copy(into scratch: ScratchFolder) throws -> ProjectFolder {
    let url = scratch.url.appendingPathComponent("bundled")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for name in ["Transcripts", "Codebooks"] {
      try FileManager.default.copyItem(
        at: Repository.root.appendingPathComponent(name), to: url.appendingPathComponent(name))
    }
    return ProjectFolder(url: url)
  }

  /// The bundled project exported into a scratch folder: the project and the archive's files.
  static func export(into scratch: ScratchFolder) throws -> (Project, [String: [UInt8]]) {
    let folder = try copy(into: scratch)
    let archive = scratch.url.appendingPathComponent("bundled.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: archive, origin: "Sarap test")
    return (try folder.load(), try QDPXArchive.read(archive))
  }

  @Test("the export of the bundled project validates against Project.xsd", .needs(.projectSchema))
  func exportValidates() throws {
    let (_, files) = try Self.export(into: try ScratchFolder())
    let xml = String(decoding: try #require(files["project.qde"]), as: UTF8.self)
    let errors = try SchemaValidation.errors(of: xml, schema: .projectSchema)
    #expect(errors.isEmpty, "\(errors.prefix(5))")
  }

  @Test("the export's selections quote exactly the 75 excerpts, Kazakh intact")
  func excerptsQuotedExactly() throws {
    let (project, files) = try Self.export(into: try ScratchFolder())
    let xml = String(decoding: try #require(files["project.qde"]), as: UTF8.self)
    let root = try XMLReader.parse(Array(xml.utf8), path: "project.qde")
    let texts = files.filter { $0.key.hasPrefix("sources/") }.reduce(into: [String: String]()) {
      $0[String($1.key.dropFirst(8))] = String(decoding: $1.value, as: UTF8.self)
    }
    #expect(REFICheck.issues(in: root, path: "project.qde", sources: texts) == [])

    let quoted = Self.codedQuotes(root, texts: texts)
    let excerpts = project.transcripts.flatMap { transcript in
      transcript.excerpts.map { (transcript.id.rawValue, transcript.body[$0.range]) }
    }
    #expect(excerpts.count == 75)
    for (transcript, text) in excerpts {
      let matches = quoted[transcript]?.filter {
        $0.unicodeScalars.elementsEqual(text.unicodeScalars)
      }
      #expect(
        matches?.isEmpty == false, "no coded selection of \(transcript) quotes \(text.prefix(40))")
    }
    let kazakh = Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ".unicodeScalars)
    #expect(excerpts.allSatisfy { $0.1.unicodeScalars.contains(where: kazakh.contains) })
  }

  @Test("the export read back by Sarap's import gives the same codings over the same text")
  func importedCodingsMatch() throws {
    let scratch = try ScratchFolder()
    let folder = try Self.copy(into: scratch)
    let project = try folder.load()
    let archive = scratch.url.appendingPathComponent("bundled.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: archive, origin: "Sarap test")
    let target = scratch.url.appendingPathComponent("imported")
    let result = try REFIExchange.importProject(
      from: archive, into: target, importTime: Timestamp("2026-12-01T00:00:00Z"))
    #expect(result.report.isLossless, "\(result.report)")
    let imported = try ProjectFolder(url: target).load()
    let quotes = { (p: Project) in
      p.codings.map { coding in
        let code = p.codebook[coding.code].map { "\($0.nameKK)/\($0.nameEN)" } ?? "?"
        return "\(coding.transcript) \(coding.range) \(code) \(p.text(of: coding) ?? "?")"
      }.sorted()
    }
    #expect(quotes(imported) == quotes(project))
    #expect(imported.transcripts.map(\.excerpts) == project.transcripts.map(\.excerpts))
    #expect(imported.transcripts.map(\.attributes) == project.transcripts.map(\.attributes))
  }

  /// The text under every coded selection, by source name, read from the archive's own files.
  static func codedQuotes(_ root: XMLReader.Element, texts: [String: String]) -> [String: [String]]
  {
    var result: [String: [String]] = [:]
    for source in root.child("Sources")?.children("TextSource") ?? [] {
      let file = String((source["plainTextPath"] ?? "").dropFirst("internal://".count))
      let scalars = Array((texts[file] ?? "").unicodeScalars)
      for selection in source.children("PlainTextSelection") where selection.child("Coding") != nil
      {
        guard let start = selection["startPosition"].flatMap({ Int($0) }),
          let end = selection["endPosition"].flatMap({ Int($0) }), end <= scalars.count
        else { continue }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(selection["name"] == text, "a selection's name is not its text")
        result[source["name"] ?? "", default: []].append(text)
      }
    }
    return result
  }
}
