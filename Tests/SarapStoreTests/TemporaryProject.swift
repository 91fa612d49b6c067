import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport

@testable import SarapStore

/// A small project written into a fresh temporary folder, removed when the test ends.
final class TemporaryProject {
  let url: URL

  static let body = "[Q2а] I: Қандай мемлекет?\n\nR01: Ресей ықпалы зор. Қытай да бар.\n"

  static let files: [String: String] = [
    "Codebooks/project.txt": "sarap-project 1\ntitle: Fixture\n",
    "Codebooks/guide.txt": """
    sarap-guide 1

    revision final
    date: unknown
    status: main

    question Q2а
    kk: Қандай мемлекет?
    en: Which state?

    """,
    "Codebooks/codebook.txt": """
    sarap-codebook 1

    code russia
    kk: Ресей
    en: Russia
    colour: #C0392B

    code china
    kk: Қытай
    en: China
    colour: #888888

    """,
    "Transcripts/R01.txt": "sarap-transcript 1\nid: R01\ninterviewer: I\n---\n" + body,
    "Transcripts/README.md": "Not a transcript.\n",
    "Codebooks/codings/ana.txt": "sarap-codings 1\ncoder: ana\n",
  ]

  init(files: [String: String] = TemporaryProject.files) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-store-\(UUID().uuidString)")
    for (path, text) in files { try write(text, to: path) }
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ text: String, to path: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
  }

  /// The audit trails an edit appends to even when it is undone (the revisions feature's records).
  static let auditTrails = [
    ProjectLayout.codebookHistory, ProjectLayout.review, ProjectLayout.transcriptRevisions,
  ]

  /// Every file under the folder (`.sarap` excluded) with its bytes; `auditTrails: false` leaves
  /// out the append-only records, for comparing a project before an edit and after its undo.
  func snapshot(auditTrails: Bool = true) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let root = url.standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
    while let file = enumerator?.nextObject() as? URL {
      let path = String(file.standardizedFileURL.path.dropFirst(root.count + 1))
      guard !path.hasPrefix(".sarap"), !file.hasDirectoryPath else { continue }
      if !auditTrails, Self.auditTrails.contains(where: { path.hasPrefix($0) }) { continue }
      result[path] = try Data(contentsOf: file)
    }
    return result
  }

  /// A coding of R01 by `coder` over `start..<end`.
  static func coding(
    _ code: Code.ID, _ start: Int, _ end: Int, coder: Coder.ID = "ana", memo: String = ""
  ) -> Coding {
    Coding.fixture(
      code, TextRange(start: start, end: end), body: TranscriptText(body), coder: coder, memo: memo)
  }
}
