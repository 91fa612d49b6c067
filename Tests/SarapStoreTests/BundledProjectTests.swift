import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The repository's own project, copied to a temporary folder (never touched in place).
@Suite("The bundled project on disk")
struct BundledProjectTests {
  static func copy() throws -> TemporaryProject {
    let folder = try TemporaryProject(files: [:])
    for name in ["Transcripts", "Codebooks"] {
      try FileManager.default.copyItem(
        at: Repository.root.appendingPathComponent(name),
        to: folder.url.appendingPathComponent(name))
    }
    return folder
  }

  @Test("the bundled project loads, and saving it unchanged rewrites no file and no byte")
  func loadSaveLoad() throws {
    let folder = try Self.copy()
    let before = try folder.snapshot()
    let project = try ProjectFolder(url: folder.url).load()
    #expect(project.transcripts.count == 15)
    #expect(!project.codings.isEmpty)
    #expect(project.invariantViolations().isEmpty)
    let written = try ProjectFolder(url: folder.url).save(project)
    #expect(written == [])
    #expect(try folder.snapshot() == before)
    #expect(try ProjectFolder(url: folder.url).load() == project)
  }

  @Test("a non-canonical but valid file is rewritten canonically and still loads equal")
  func canonicalisation() throws {
    let folder = try TemporaryProject()
    try folder.write(
      "sarap-codebook 1\n# a comment\ncode russia\nen: Russia\nkk: Ресей\n\n\ncode china\n"
        + "kk: Қытай\nen: China\ncolour: #888888\n", to: "Codebooks/codebook.txt")
    let project = try ProjectFolder(url: folder.url).load()
    #expect(try ProjectFolder(url: folder.url).save(project) == ["Codebooks/codebook.txt"])
    #expect(try ProjectFolder(url: folder.url).load() == project)
    #expect(try ProjectFolder(url: folder.url).save(project) == [])
  }
}
