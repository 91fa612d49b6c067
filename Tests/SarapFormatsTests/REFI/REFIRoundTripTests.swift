import SarapCore
import Testing

@testable import SarapFormats

@Suite("REFI-QDA export, import, export")
struct REFIRoundTripTests {
  /// The files of the archive an export would write.
  static func files(_ package: REFIPackage) -> [String: [UInt8]] {
    var files = ["project.qde": Array(package.projectXML.utf8)]
    for source in package.sources { files["sources/\(source.name)"] = Array(source.text.utf8) }
    return files
  }

  /// The first line that differs between two texts, with its number, or nil when they are equal.
  static func firstDifference(_ old: String, _ new: String) -> String? {
    let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
    let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(oldLines.count, newLines.count) {
      let before = index < oldLines.count ? oldLines[index] : "(end)"
      let after = index < newLines.count ? newLines[index] : "(end)"
      if before != after { return "line \(index + 1):\n- \(before)\n+ \(after)" }
    }
    return nil
  }

  static let importTime = Timestamp("2026-12-01T00:00:00Z")

  static func roundTrip(_ project: Project) throws -> (
    first: REFIExport.ProjectResult, imported: REFIImport.ProjectResult,
    second: REFIExport.ProjectResult
  ) {
    let first = REFIExport.project(project, guids: REFIGUIDs(), origin: "Sarap test")
    let imported = try REFIImport.project(
      files: files(first.package), importTime: importTime)
    let second = REFIExport.project(imported.project, guids: imported.guids, origin: "Sarap test")
    return (first, imported, second)
  }

  @Test("a second export of an imported export is the same document, byte for byte")
  func sameDocument() throws {
    let (first, imported, second) = try Self.roundTrip(REFIFixture.project())
    #expect(imported.report.items(.lost).isEmpty, "\(imported.report)")
    #expect(second.package.sources == first.package.sources)
    #expect(
      Self.firstDifference(first.package.projectXML, second.package.projectXML) == nil,
      "the documents differ")
  }

  @Test("import carries codes, codings with their text and offsets, cases, users and memos")
  func projectContent() throws {
    let original = REFIFixture.project()
    let (_, imported, _) = try Self.roundTrip(original)
    let project = imported.project
    #expect(project.invariantViolations() == [])
    #expect(project.coders == original.coders)
    #expect(project.transcripts.map(\.id) == original.transcripts.map(\.id))
    #expect(project.transcripts.map(\.body) == original.transcripts.map(\.body))
    #expect(project.codebook.codes.map(\.nameKK) == original.codebook.codes.map(\.nameKK))
    #expect(project.codebook.codes.map(\.nameEN) == original.codebook.codes.map(\.nameEN))
    #expect(project.codebook.codes.map(\.colour) == original.codebook.codes.map(\.colour))
    #expect(project.codebook.codes.map(\.memo) == original.codebook.codes.map(\.memo))
    let parents = { (p: Project) in
      p.codebook.codes.map { code in code.parent.flatMap { p.codebook[$0]?.nameEN } ?? "-" }
    }
    #expect(parents(project) == parents(original))
    let quotes = { (p: Project) in
      p.codings.map {
        "\($0.coder) \($0.transcript) \($0.range) \(p.text(of: $0) ?? "?") \($0.memo)"
      }
    }
    #expect(quotes(project) == quotes(original))
    let known = { (p: Project) in
      p.transcripts.map { $0.attributes.filter { $0.value != .unknown } }
    }
    #expect(known(project) == known(original))
    #expect(project.transcripts[0].attributes == original.transcripts[0].attributes)
    #expect(project.transcripts[1].attribute("state-service") == .unknown)
    #expect(project.transcripts.map(\.memo) == original.transcripts.map(\.memo))
    #expect(project.transcripts.map(\.title) == original.transcripts.map(\.title))
    #expect(project.transcripts.map(\.excerpts) == original.transcripts.map(\.excerpts))
    #expect(project.transcripts.map(\.guideRevision) == original.transcripts.map(\.guideRevision))
    #expect(project.description == original.description)
  }
}
