import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The bundled project exported, imported into a new folder and exported again: Sarap to Sarap,
/// nothing may change (issue 18).
@Suite("The bundled project through REFI-QDA and back")
struct BundledRoundTripTests {
  /// The original copy, the imported folder, both archives and the import report.
  struct RoundTrip {
    /// Holds the temporary folder (removed when released) for as long as the round trip is used.
    var scratch: ScratchFolder
    var original: Project
    var imported: ProjectFolder
    var first: URL
    var second: URL
    var report: REFIReport
  }

  static func roundTrip(in scratch: ScratchFolder) throws -> RoundTrip {
    let folder = try BundledProjectREFITests.copy(into: scratch)
    let first = scratch.url.appendingPathComponent("first.qdpx")
    _ = try REFIExchange.exportProject(from: folder, to: first, origin: "Sarap test")
    let target = scratch.url.appendingPathComponent("imported")
    let result = try REFIExchange.importProject(
      from: first, into: target, importTime: Timestamp("2026-12-03T00:00:00Z"))
    let second = scratch.url.appendingPathComponent("second.qdpx")
    _ = try REFIExchange.exportProject(
      from: ProjectFolder(url: target), to: second, origin: "Sarap test")
    return RoundTrip(
      scratch: scratch, original: try folder.load(), imported: ProjectFolder(url: target),
      first: first,
      second: second, report: result.report)
  }

  @Test("export, import, export: the same archive byte for byte, and nothing reported lost")
  func byteIdentical() throws {
    let trip = try Self.roundTrip(in: try ScratchFolder())
    #expect(trip.report.isLossless, "\(trip.report)")
    let first = try Data(contentsOf: trip.first)
    #expect(first.count > 10_000)
    #expect(try Data(contentsOf: trip.second) == first)
  }

  @Test("the imported project keeps every code id, memo, attribute, excerpt, question and claim")
  func everythingKept() throws {
    let trip = try Self.roundTrip(in: try ScratchFolder())
    let imported = try trip.imported.load()
    let original = trip.original
    #expect(imported.codebook.codes.map(\.id).count == 74)
    #expect(imported.codebook.codes.map(\.id).contains("russia.strong"))
    #expect(imported.codebook == original.codebook)
    #expect(Set(imported.codings) == Set(original.codings))
    #expect(imported.codings.filter { !$0.memo.isEmpty }.count == 79)
    #expect(imported.transcripts == original.transcripts)
    #expect(imported.guide == original.guide)
    #expect(imported.guide.revision("final")?.questions.count == 21)
    #expect(imported.description == original.description)
    #expect(imported.claims.claims.count > 0)
    #expect(imported.claims == original.claims)
  }

  @Test("sarap check finds no problem in the imported project")
  func importedPassesCheck() throws {
    let trip = try Self.roundTrip(in: try ScratchFolder())
    #expect(try ProjectCheck.problems(in: trip.imported).map(\.description) == [])
  }

  @Test("the archive holds Sarap's files under sarap/, not at the top level other tools read")
  func sarapFiles() throws {
    let trip = try Self.roundTrip(in: try ScratchFolder())
    let files = try QDPXArchive.read(trip.first)
    #expect(files.keys.filter { !$0.contains("/") } == ["project.qde"])
    #expect(
      files.keys.filter { $0.hasPrefix("sarap/") }.sorted() == [
        "sarap/claims.txt", "sarap/code-ids.txt", "sarap/guide.txt",
      ])
    let ids = try REFIGUIDsFile.decode(
      String(decoding: try #require(files["sarap/code-ids.txt"]), as: UTF8.self), path: "ids")
    #expect(ids.entries.count == 74)
    #expect(ids.entries.keys.allSatisfy { $0.kind == .code })
    #expect(
      ids[.code, "russia.strong"]
        == (try REFIGUIDsStore.load(trip.imported))[.code, "russia.strong"])
  }
}
