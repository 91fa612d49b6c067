import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `sarap import qdpx FILE DIR`: a REFI-QDA project archive as a new project folder.
struct ImportQDPXCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qdpx",
    abstract: "Import a REFI-QDA project archive (.qdpx) as a new project folder.",
    discussion: """
      DIR must not exist or be empty. Text sources become transcripts, cases give their \
      attributes, users become coders; non-codable top-level codes become themes. Archives \
      with unsafe paths, links, too many entries or bytes, or XML with a DTD are refused.
      """)

  @Argument(help: "The archive to read.")
  var file: String

  @Argument(help: "The new project folder to create.")
  var directory: String

  func run() throws {
    try CommandRunner.run {
      let result = try REFIExchange.importProject(
        from: URL(fileURLWithPath: file), into: URL(fileURLWithPath: directory),
        importTime: Timestamp.now())
      print(ExchangeSummary.imported(result.project, into: directory))
      print(ExchangeSummary.report(result.report), terminator: "")
    }
  }
}
