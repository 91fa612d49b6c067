import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport

/// The bundled project at the repository root, decoded with the real codecs, and the dissertation
/// it was built from.
///
/// Read-only: the tests never write into `Transcripts/` or `Codebooks/`.
struct BundledCorpus {
  /// The number of passages chapter 3 quotes with a respondent marker (Transcripts/README.md).
  static let documentedExcerptCount = 75
  /// The respondents, `R01` … `R15`.
  static let transcriptIDs = (1...15).map { Transcript.ID("R" + ($0 < 10 ? "0" : "") + "\($0)") }

  let root: URL
  /// The dissertation's lines; `dissertation[n - 1]` is line n.
  let dissertation: [String]
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
      root: root, dissertation: try dissertationLines(root: root),
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

  private static func dissertationLines(root: URL) throws -> [String] {
    let environment = ProcessInfo.processInfo.environment["SARAP_DISSERTATION"] ?? ""
    let url =
      environment.isEmpty
      ? root.deletingLastPathComponent().appendingPathComponent(
        "shared/seed/000_eaf9411531d7493d.txt") : URL(fileURLWithPath: environment)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw MissingDissertation(path: url.standardizedFileURL.path)
    }
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

/// The dissertation the corpus is checked against is not where the tests look for it.
struct MissingDissertation: Error, CustomStringConvertible {
  var path: String

  var description: String {
    "the dissertation is not at \(path): CorpusTests check every excerpt against it. Check out "
      + "../shared/seed next to the repository (CI has it) or set SARAP_DISSERTATION to its path."
  }
}
