import Foundation
import SarapTestSupport

/// A copy of the bundled project with the second coder made for the agreement example
/// (`Tests/Fixtures/second-coder`, NOT research data) added as `example-b`.
enum ExampleSecondCoder {
  static let repository = Repository.root
  static let codings = Repository.url("Tests/Fixtures/second-coder/codings-example-b.txt")

  /// A fresh copy; returns the folder holding it and the project folder.
  static func copy() throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    let project = folder.url.appendingPathComponent("p")
    let files = FileManager.default
    try files.createDirectory(at: project, withIntermediateDirectories: true)
    for name in ["Transcripts", "Codebooks"] {
      try files.copyItem(
        at: repository.appendingPathComponent(name), to: project.appendingPathComponent(name))
    }
    try files.copyItem(
      at: codings, to: project.appendingPathComponent("Codebooks/codings/example-b.txt"))
    return (folder, project)
  }
}
