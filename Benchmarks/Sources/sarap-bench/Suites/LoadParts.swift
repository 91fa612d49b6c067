import Foundation
import SarapCore
import SarapFormats
import SarapStore

/// Parts of the load, timed on their own to show where its time goes: reading the bytes of every
/// file, and decoding the codings files alone (the input the pandas reference reads as CSV).
enum LoadParts {
  /// Reads every file of the project into memory; returns the bytes read.
  static func readEverything(_ folder: URL) throws -> Int {
    var total = 0
    for relative in [ProjectLayout.transcripts, ProjectLayout.codebooks, ProjectLayout.codings] {
      let directory = folder.appendingPathComponent(relative)
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
      where name.hasSuffix(".txt") {
        total += try Data(contentsOf: directory.appendingPathComponent(name)).count
      }
    }
    return total
  }

  /// Reads and decodes the codebook and every codings file: what a load limited to codings (with
  /// transcript bodies read on demand) would cost.
  static func decodeCodings(_ folder: URL) throws -> [Coding] {
    let codebookPath = folder.appendingPathComponent(ProjectLayout.codebook)
    let codebookText = try ProjectText.decode(
      Array(try Data(contentsOf: codebookPath)), path: ProjectLayout.codebook)
    keep(try CodebookFile.decode(codebookText, path: ProjectLayout.codebook))
    let directory = folder.appendingPathComponent(ProjectLayout.codings)
    var codings: [Coding] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
    where name.hasSuffix(".txt") {
      let path = "\(ProjectLayout.codings)/\(name)"
      let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
      codings += try CodingsFile.decode(try ProjectText.decode(bytes, path: path), path: path)
    }
    return codings
  }
}
