import SarapCore
import SarapTestSupport
import Testing

@testable import SarapFormats

@Suite("REFI-QDA export")
struct REFIExportTests {
  static func export(_ project: Project = REFIFixture.project()) -> REFIExport.ProjectResult {
    REFIExport.project(project, guids: REFIGUIDs(), origin: "Sarap test")
  }

  @Test("an exported project.qde validates against Project.xsd", .needs(.projectSchema))
  func projectValidates() throws {
    let result = Self.export()
    let errors = try SchemaValidation.errors(
      of: result.package.projectXML, schema: .projectSchema)
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test("an exported .qdc validates against Codebook.xsd", .needs(.codebookSchema))
  func codebookValidates() throws {
    let result = REFIExport.codebook(
      REFIFixture.project().codebook, guids: REFIGUIDs(), origin: "Sarap test")
    let errors = try SchemaValidation.errors(of: result.xml, schema: .codebookSchema)
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test("a .qdc export reports the theme memo it cannot carry")
  func codebookReportsLoss() {
    let result = REFIExport.codebook(
      REFIFixture.project().codebook, guids: REFIGUIDs(), origin: "Sarap test")
    #expect(result.report.items(.lost).count == 1, "the theme memo cannot travel in a .qdc")
  }

  @Test("an exported project passes the semantic check")
  func semanticCheck() throws {
    let result = Self.export()
    let root = try XMLReader.parse(Array(result.package.projectXML.utf8), path: "project.qde")
    let sources = Dictionary(
      uniqueKeysWithValues: result.package.sources.map { ($0.name, $0.text) })
    #expect(REFICheck.issues(in: root, path: "project.qde", sources: sources) == [])
  }

  @Test("a coding the project cannot place is reported, and the export stays valid")
  func brokenCodingReported() throws {
    let project = REFIFixture.project()
    let stray = Coding(
      transcript: "R09", range: TextRange(start: 0, end: 3), code: "ru", coder: "ana",
      time: Timestamp("2026-11-26T17:05:00Z"), fingerprint: TextFingerprint(value: 0))
    let broken = Project(
      description: project.description, codebook: project.codebook,
      transcripts: project.transcripts, codings: project.codings + [stray])
    let result = Self.export(broken)
    #expect(result.report.items(.lost).map(\.place) == ["coding ana/R09/0..3/ru"])
    let root = try XMLReader.parse(Array(result.package.projectXML.utf8), path: "project.qde")
    let sources = Dictionary(
      uniqueKeysWithValues: result.package.sources.map { ($0.name, $0.text) })
    #expect(REFICheck.issues(in: root, path: "project.qde", sources: sources) == [])
  }
}
