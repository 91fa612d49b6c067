import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// A project with one malformed file: one clear error, and not a byte changed anywhere.
@Suite("Projects with a malformed file")
struct BadProjectFileTests {
  /// A file to break, what to put in it, and the `line:col: message` it must give.
  static let cases: [(path: String, text: String, error: String)] = [
    (
      "Transcripts/R01.txt", "sarap-transcript 1\nid: R01\n",
      "3:1: the header does not end: "
        + "expected a line '---' before the body"
    ),
    (
      "Transcripts/R02.txt", "sarap-transcript 1\nid: R01\n---\n",
      "2:5: id 'R01' does not match "
        + "the file name 'R02.txt'"
    ),
    (
      "Codebooks/codebook.txt", "sarap-codebook 1\n\ncode a\ncolour: #12345\n",
      "4:9: expected a "
        + "colour '#RRGGBB', found '#12345'"
    ),
    (
      "Codebooks/codings/ana.txt",
      "sarap-codings 1\ncoder: ana\nR01\t0\tx\tchina\t00000000\t"
        + "2026-01-01T00:00:00Z\n", "3:7: end is not an offset"
    ),
    (
      "Codebooks/codings/other.txt", "sarap-codings 1\ncoder: ana\n",
      "2:8: coder 'ana' already "
        + "has the codings file Codebooks/codings/ana.txt"
    ),
    (
      "Codebooks/guide.txt", "sarap-guide 1\n\nrevision final\nstatus main\n",
      "4:1: expected "
        + "'key: value'"
    ),
    (
      "Codebooks/project.txt", "sarap-project 9\n",
      "1:15: unsupported sarap-project format "
        + "version '9' (this Sarap reads version 1)"
    ),
  ]

  @Test(
    "opening, checking and saving give one path:line:col error and change no file",
    arguments: cases.indices)
  func oneErrorNoChange(_ index: Int) throws {
    let item = Self.cases[index]
    var files = TemporaryProject.files
    files[item.path] = item.text
    let folder = try TemporaryProject(files: files)
    let before = try folder.snapshot()
    let expected = folder.url.path + "/" + item.path + ":" + item.error
    #expect(throws: StoreError.unparseable([Self.error(expected)])) {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana")
    }
    let problems = try ProjectCheck.problems(in: ProjectFolder(url: folder.url))
    #expect(problems.map(\.description) == [expected])
    #expect(throws: StoreError.self) {
      try ProjectFolder(url: folder.url).save(Project())
    }
    #expect(try folder.snapshot() == before)
    #expect(!FileManager.default.fileExists(atPath: folder.url.path + "/.sarap/lock"))
  }

  @Test("a file changed behind an open session's back is not overwritten")
  func changedOnDiskIsNotOverwritten() throws {
    let folder = try TemporaryProject()
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    defer { session.close() }
    let edited = "sarap-codebook 1\n\ncode russia\nkk: Ресей\nen: Russia (edited by hand)\n"
    try folder.write(edited, to: "Codebooks/codebook.txt")
    let code = Code(id: "west", nameKK: "Батыс", nameEN: "West")
    #expect(throws: StoreError.changedOnDisk(path: folder.url.path + "/Codebooks/codebook.txt")) {
      try session.apply(.addCode(code, position: 0), summary: "add west")
    }
    #expect(try folder.read("Codebooks/codebook.txt") == edited)
    #expect(session.history.isEmpty)
    // The session's view is stale now (the code might be gone): every edit waits for a reopen.
    let coding = TemporaryProject.coding("russia", 33, 45)
    #expect(throws: StoreError.self) { try session.apply(.addCoding(coding), summary: "other") }
    session.close()
    let reopened = try ProjectSession.open(folder: folder.url, coder: "ana")
    defer { reopened.close() }
    try reopened.apply(.addCoding(coding), summary: "other file")
    #expect(try folder.read("Codebooks/codebook.txt") == edited)
  }

  static func error(_ description: String) -> ProjectFileError {
    let parts = description.split(separator: ":", maxSplits: 3).map(String.init)
    return ProjectFileError(
      path: parts[0], line: Int(parts[1]) ?? 0, column: Int(parts[2]) ?? 0,
      message: String(parts[3].dropFirst()))
  }
}
