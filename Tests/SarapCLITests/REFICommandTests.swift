import Foundation
import SarapCore
import SarapStore
import Testing

/// `sarap export` and `sarap import` run as the real binary.
@Suite("sarap export and import")
struct REFICommandTests {
  static let body = "I: Қандай мемлекет?\nR01: Ресей ықпалы зор. Қытай да бар.\n"

  @Test("export qdpx, import it as a new project, export again: the same archive")
  func projectRoundTrip() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(
      ["code", "add", "R01", "--code", "russia", "--text", "Ресей ықпалы"], in: project
    )
    .check()
    let exported = try SarapBinary.run(["export", "qdpx", "../first.qdpx"], in: project).check()
    #expect(exported.stdout.hasPrefix("wrote ../first.qdpx: 1 transcript, 2 codes, 1 coding"))
    #expect(exported.stdout.hasSuffix("nothing was lost\n"))
    #expect(try folder.read("p/Codebooks/refi-ids.txt").hasPrefix("sarap-refi-ids 1\n"))
    let imported = try SarapBinary.run(["import", "qdpx", "first.qdpx", "copy"], in: folder.url)
      .check()
    #expect(
      imported.stdout.hasPrefix("created copy: 1 transcript, 2 codes, 1 coding by 1 coder"))
    try SarapBinary.run(["export", "qdpx", "second.qdpx", "--project", "copy"], in: folder.url)
      .check()
    let first = try Data(contentsOf: folder.url.appendingPathComponent("first.qdpx"))
    #expect(try Data(contentsOf: folder.url.appendingPathComponent("second.qdpx")) == first)
    #expect(try SarapBinary.run(["check", "copy"], in: folder.url).status == 0)
  }

  @Test("the bundled project exported and imported: sarap check exits 0, code ids kept")
  func bundledRoundTrip() throws {
    let folder = try TemporaryFolder()
    let project = try ClaimsCommandTests.bundledCopy(in: folder)
    try SarapBinary.run(["export", "qdpx", "../bundled.qdpx"], in: project).check()
    let imported = try SarapBinary.run(
      ["import", "qdpx", "bundled.qdpx", "copy"], in: folder.url
    ).check()
    #expect(imported.stdout.hasSuffix("nothing was lost\n"), "\(imported.stdout)")
    let check = try SarapBinary.run(["check", "copy"], in: folder.url)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let codebook = try folder.read("copy/Codebooks/codebook.txt")
    #expect(codebook == (try folder.read("bundled/Codebooks/codebook.txt")))
    #expect(codebook.contains("\ncode russia.strong\n"))
  }

  @Test("export qdc, then import qdc into another project: the missing code is added, undoably")
  func codebookRoundTrip() throws {
    let folder = try TemporaryFolder()
    let source = try folder.project("a", body: Self.body)
    try SarapBinary.run(["codebook", "add", "turkey", "--en", "Turkey"], in: source).check()
    try SarapBinary.run(["export", "qdc", "../codes.qdc"], in: source).check()
    let target = try folder.project("b", body: Self.body)
    let added = try SarapBinary.run(["import", "qdc", "../codes.qdc"], in: target).check()
    #expect(added.stdout.hasPrefix("added 1 code from ../codes.qdc"))
    #expect(try ProjectFolder(url: target).load().codebook["turkey"] != nil)
    try SarapBinary.run(["undo"], in: target).check()
    #expect(try ProjectFolder(url: target).load().codebook["turkey"] == nil)
  }

  @Test("a hostile archive fails with status 1, the entry named, and nothing created")
  func hostileArchive() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(["export", "qdpx", "../good.qdpx"], in: project).check()
    var bytes = try [UInt8](Data(contentsOf: folder.url.appendingPathComponent("good.qdpx")))
    let name = Array("project.qde".utf8)
    let evil = Array("../../p.qde".utf8)
    for offset in 0..<(bytes.count - name.count)
    where Array(bytes[offset..<offset + name.count]) == name {
      bytes.replaceSubrange(offset..<offset + name.count, with: evil)
    }
    try Data(bytes).write(to: folder.url.appendingPathComponent("evil.qdpx"))
    let result = try SarapBinary.run(["import", "qdpx", "evil.qdpx", "out"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("entry '../../p.qde'"))
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out").path))
  }
}
