import Foundation
import SarapCore
import SarapTestSupport

@testable import SarapStore

/// A copy of the SYNTHETIC fixture `Tests/Fixtures/synthetic-revisions/` in a temporary folder,
/// removed when the test ends; tests never write into the repository.
final class SyntheticFixtureCopy {
  let url: URL

  static var source: URL { Repository.url("Tests/Fixtures/synthetic-revisions") }

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-revisions-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.source, to: url)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var folder: ProjectFolder { ProjectFolder(url: url) }

  func text(_ relative: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
  }

  func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
  }

  /// The corrected text of S01, as the respondent's editor saved it (CRLF).
  func correctedS01() throws -> String { try text("S01-corrected.txt") }

  func session(_ coder: Coder.ID = "ana") throws -> ProjectSession {
    try ProjectSession.open(folder: url, coder: coder)
  }
}
