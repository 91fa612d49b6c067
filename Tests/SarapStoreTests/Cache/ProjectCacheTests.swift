import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The project cache under `.sarap/cache/`: used when it holds the files' current versions,
/// rebuilt from the files when it is stale, damaged or gone, and never a reason for a report to
/// differ from one made by reading every file.
@Suite("The project cache")
struct ProjectCacheTests {
  /// The bundled project's transcripts and codings files: what the cache holds entries for.
  static let cachedFiles = 16

  static func load(_ folder: TemporaryProject) throws -> ProjectLoadReport {
    try ProjectFolder(url: folder.url).loadReport(stamping: false, cache: .textOnDemand)
  }

  /// The project read from every file's text, the cache neither read nor written.
  static func cold(_ folder: TemporaryProject) throws -> Project {
    let report = try ProjectFolder(url: folder.url).loadReport()
    #expect(report.errors.isEmpty)
    return report.project
  }

  /// The figures reports compute, for comparing two loads of a project.
  static func figures(_ project: Project) -> [String] {
    let corpus = CodedCorpus(project)
    return [
      "\(corpus.frequency(by: .code))", "\(corpus.frequency(by: .theme))",
      "\(corpus.coOccurrence(by: .code, unit: .overlap))",
      "\(corpus.coOccurrence(by: .code, unit: .transcript))",
      "\(project.transcripts.map(\.turns))",
    ]
  }

  @Test("a second load takes every transcript and codings file from the cache, bodies unread")
  func secondLoadUsesTheCache() throws {
    let folder = try BundledProjectTests.copy()
    let first = try Self.load(folder)
    #expect(first.cacheUse == CacheUse(fromCache: 0, rehashed: 0, decoded: Self.cachedFiles))
    // The load that builds the cache keeps no body in memory either.
    #expect(first.project.transcripts.allSatisfy { !$0.body.isTextLoaded })
    let second = try Self.load(folder)
    // Files copied a moment ago are racy (changed within two seconds of being read): the
    // second load re-reads and hashes them, but decodes none.
    #expect(second.cacheUse.decoded == 0)
    #expect(second.cacheUse.fromCache + second.cacheUse.rehashed == Self.cachedFiles)
    #expect(second.project.transcripts.allSatisfy { !$0.body.isTextLoaded })
    #expect(Self.figures(second.project) == Self.figures(try Self.cold(folder)))
    #expect(second.project == (try Self.cold(folder)))
  }

  @Test("once the files have settled, a load reads no file the cache holds")
  func settledFilesAreNotRead() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    Thread.sleep(forTimeInterval: 2.2)
    let settling = try Self.load(folder)
    #expect(settling.cacheUse.rehashed == Self.cachedFiles)
    let settled = try Self.load(folder)
    #expect(settled.cacheUse == CacheUse(fromCache: Self.cachedFiles, rehashed: 0, decoded: 0))
  }

  @Test("a hand edit of the same size with the modification time put back is still seen")
  func forgedModificationTime() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    Thread.sleep(forTimeInterval: 2.2)
    _ = try Self.load(folder)
    let path = folder.url.appendingPathComponent("Transcripts/R01.txt").path
    var before = stat()
    #expect(stat(path, &before) == 0)
    let text = try folder.read("Transcripts/R01.txt")
    let edited = text.replacingOccurrences(of: "title: Respondent", with: "title: Xespondent")
    #expect(edited.utf8.count == text.utf8.count)
    try folder.write(edited, to: "Transcripts/R01.txt")
    var times = [before.st_atim, before.st_mtim]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    var after = stat()
    #expect(stat(path, &after) == 0)
    #expect(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_size == before.st_size)
    let report = try Self.load(folder)
    #expect(report.cacheUse.decoded == 1)
    #expect(report.project.transcript("R01")?.title.hasPrefix("X") == true)
    #expect(report.project == (try Self.cold(folder)))
  }

  @Test("a file rewritten right after a load, in the same clock tick or not, is seen")
  func racyRewrite() throws {
    let folder = try BundledProjectTests.copy()
    let path = "Codebooks/codings/dissertation.txt"
    let original = try folder.read(path)
    // Another code of the same length on one line: same size, different content.
    let first = try #require(original.range(of: "\trussia\t"))
    let variants = [original, original.replacingCharacters(in: first, with: "\tturkey\t")]
    #expect(variants[0] != variants[1] && variants[0].utf8.count == variants[1].utf8.count)
    for round in 0..<20 {
      try folder.write(variants[round % 2], to: path)
      let loaded = try Self.load(folder)
      try folder.write(variants[(round + 1) % 2], to: path)
      let reloaded = try Self.load(folder)
      #expect(loaded.project.codings != reloaded.project.codings, "round \(round)")
      #expect(reloaded.project == (try Self.cold(folder)), "round \(round)")
    }
  }

  /// Ways to damage a cache file.
  static let damages: [(name: String, damage: @Sendable ([UInt8]) -> [UInt8])] = [
    ("truncated", { Array($0.prefix($0.count / 2)) }),
    ("emptied", { _ in [] }),
    (
      "a byte flipped",
      { bytes in
        var bytes = bytes
        bytes[bytes.count / 3] ^= 0x5A
        return bytes
      }
    ),
    ("bytes added", { $0 + [1, 2, 3] }),
    (
      "another version",
      { bytes in
        var bytes = bytes
        bytes[10] = 99
        return bytes
      }
    ),
    ("not a cache", { _ in Array("sarap-transcript 1\n".utf8) }),
  ]

  @Test(
    "a damaged cache file is ignored and rebuilt; reports are those of a cold load",
    arguments: [
      ProjectCache.Part.transcripts, .codings("Codebooks/codings/dissertation.txt"),
    ].map(\.relativePath), damages.indices)
  func damagedCache(part: String, damage: Int) throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    let file = folder.url.appendingPathComponent(part)
    let bytes = [UInt8](try Data(contentsOf: file))
    try Data(Self.damages[damage].damage(bytes)).write(to: file)
    let report = try Self.load(folder)
    #expect(report.cacheUse.decoded > 0, "\(Self.damages[damage].name)")
    #expect(Self.figures(report.project) == Self.figures(try Self.cold(folder)))
    #expect(report.project == (try Self.cold(folder)))
    let rebuilt = try Self.load(folder)
    #expect(rebuilt.cacheUse.decoded == 0, "\(Self.damages[damage].name): not rebuilt")
  }

  @Test("deleting .sarap/ loses nothing: the next load decodes the files and rebuilds the cache")
  func deletedCache() throws {
    let folder = try BundledProjectTests.copy()
    let figures = Self.figures(try Self.load(folder).project)
    try FileManager.default.removeItem(at: folder.url.appendingPathComponent(".sarap"))
    let report = try Self.load(folder)
    #expect(report.cacheUse.decoded == Self.cachedFiles)
    #expect(Self.figures(report.project) == figures)
    #expect(Self.figures(report.project) == Self.figures(try Self.cold(folder)))
  }

  @Test("a file broken after the cache was made gives its path:line:col error, not the cache")
  func brokenFileAfterCaching() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    try folder.write("sarap-transcript 1\nid: R01\n", to: "Transcripts/R01.txt")
    #expect {
      try ProjectFolder(url: folder.url).load()
    } throws: { error in
      "\(error)".contains("Transcripts/R01.txt:3:1: the header does not end")
    }
  }

  @Test("a transcript removed or added after the cache was made is removed or added")
  func transcriptsComeAndGo() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    let text = try folder.read("Transcripts/R01.txt")
    try FileManager.default.removeItem(at: folder.url.appendingPathComponent("Transcripts/R01.txt"))
    try folder.write(
      text.replacingOccurrences(of: "id: R01", with: "id: R99"), to: "Transcripts/R99.txt")
    let report = try Self.load(folder)
    #expect(report.project.transcript("R01") == nil)
    #expect(report.project.transcript("R99") != nil)
    #expect(report.cacheUse.decoded == 1)
  }

  @Test("a session opened from the cache still refuses an edit over a hand edit")
  func sessionFromCacheNoticesHandEdits() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    let path = "Codebooks/codings/dissertation.txt"
    try folder.write(try folder.read(path) + "# a note by hand\n", to: path)
    let transcript = try #require(session.project.transcripts.first)
    let coding = Coding.fixture(
      "russia", TextRange(start: 0, end: 3), in: transcript.id, body: transcript.body)
    #expect(throws: StoreError.self) {
      try session.apply(.addCoding(coding), summary: "add")
    }
    #expect(try folder.read(path).hasSuffix("# a note by hand\n"))
  }

  /// Opens a session as `ana`, codes the first transcript's first three characters, closes it.
  static func addCodingByAna(_ folder: TemporaryProject) throws -> Coding {
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    defer { session.close() }
    let transcript = try #require(session.project.transcripts.first)
    let coding = Coding.fixture(
      "russia", TextRange(start: 0, end: 3), in: transcript.id, body: transcript.body,
      coder: "ana")
    try session.apply(.addCoding(coding), summary: "add")
    return coding
  }

  @Test("an edit enters its codings file in the cache, and the next load is a cold load's equal")
  func editsKeepTheCacheCurrent() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    let coding = try Self.addCodingByAna(folder)
    let report = try Self.load(folder)
    #expect(report.cacheUse.decoded == 0)
    #expect(report.project.codings.contains(coding))
    #expect(report.project == (try Self.cold(folder)))
  }

  @Test("a save enters only its own codings file in the cache: another coder's entry is untouched")
  func savesRewriteOnlyTheirEntry() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    let others = folder.url.appendingPathComponent(
      ProjectCache.Part.codings("Codebooks/codings/dissertation.txt").relativePath)
    let before = try #require(try DiskStat.of(others.path))
    let coding = try Self.addCodingByAna(folder)
    let after = try #require(try DiskStat.of(others.path))
    #expect(after.isSameVersion(as: before), "dissertation's cache entry was rewritten")
    let own = folder.url.appendingPathComponent(
      ProjectCache.Part.codings("Codebooks/codings/ana.txt").relativePath)
    #expect(FileManager.default.fileExists(atPath: own.path))
    let report = try Self.load(folder)
    #expect(report.cacheUse.decoded == 0)
    #expect(report.project.codings.contains(coding))
    #expect(report.project == (try Self.cold(folder)))
  }

  @Test("a codings file deleted after caching leaves no entry behind, and loads stay correct")
  func deletedCodingsFileDropsItsEntry() throws {
    let folder = try BundledProjectTests.copy()
    _ = try Self.load(folder)
    let path = "Codebooks/codings/dissertation.txt"
    let entry = folder.url.appendingPathComponent(ProjectCache.Part.codings(path).relativePath)
    #expect(FileManager.default.fileExists(atPath: entry.path))
    try FileManager.default.removeItem(at: folder.url.appendingPathComponent(path))
    let report = try Self.load(folder)
    #expect(report.project.codings.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: entry.path))
    #expect(report.project == (try Self.cold(folder)))
  }
}
