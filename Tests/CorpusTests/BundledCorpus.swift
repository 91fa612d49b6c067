import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport

/// The bundled project at the repository root, decoded with the real codecs, and the dissertation
/// it was built from (reference material from outside the repository, see ``dissertation()``).
///
/// Read-only: the tests never write into `Transcripts/` or `Codebooks/`.
struct BundledCorpus {
  /// The number of passages chapter 3 quotes with a respondent marker (Transcripts/README.md).
  static let documentedExcerptCount = 75
  /// The respondents, `R01` … `R15`.
  static let transcriptIDs = (1...15).map { Transcript.ID("R" + ($0 < 10 ? "0" : "") + "\($0)") }

  let root: URL
  let transcripts: [Transcript]
  let codings: [Coding]
  let codebook: Codebook
  let guide: Guide

  /// Loads everything, or throws an error that says what is missing or malformed.
  static func load() throws -> BundledCorpus {
    let root = Repository.root
    let folder = root.appendingPathComponent("Transcripts")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("R") && $0.hasSuffix(".txt") }.sorted()
    return BundledCorpus(
      root: root,
      transcripts: try names.map { name in
        try TranscriptFile.decode(try text("Transcripts/\(name)", in: root), path: name)
      },
      codings: try CodingsFile.decode(
        try text(codingsPath, in: root), path: codingsPath),
      codebook: try CodebookFile.decode(
        try text("Codebooks/codebook.txt", in: root), path: "codebook.txt"),
      guide: try GuideFile.decode(try text("Codebooks/guide.txt", in: root), path: "guide.txt"))
  }

  static let codingsPath = "Codebooks/codings/dissertation.txt"

  /// The text of a file of the repository, decoded as strictly as Sarap decodes project files.
  static func text(_ path: String, in root: URL) throws -> String {
    let data = try Data(contentsOf: root.appendingPathComponent(path))
    return try ProjectText.decode(data, path: path)
  }

  /// The dissertation's lines (`lines[n - 1]` is line n); throws naming the missing file when it
  /// is absent (tests that call it carry `.needs(.dissertation)`, so that happens only under CI).
  static func dissertation() throws -> [String] {
    let data = try Data(contentsOf: try ReferenceMaterial.dissertation.url())
    return String(decoding: data, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The transcript with the id.
  func transcript(_ id: Transcript.ID) -> Transcript? { transcripts.first { $0.id == id } }

  /// Every excerpt with its transcript, in transcript order.
  var excerpts: [(transcript: Transcript, excerpt: Excerpt)] {
    transcripts.flatMap { transcript in transcript.excerpts.map { (transcript, $0) } }
  }
}
