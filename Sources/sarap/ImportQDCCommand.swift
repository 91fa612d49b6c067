import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `sarap import qdc FILE`: a REFI-QDA codebook's codes added to the project's codebook.
struct ImportQDCCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qdc",
    abstract: "Add the codes of a REFI-QDA codebook (.qdc) to the project's codebook.",
    discussion: """
      Codes the project already has (same GUID, or same name under the same parent) keep their \
      ids and fields; differences are listed as conflicts. New codes are added as one edit \
      ('sarap undo' removes them).
      """)

  @Argument(help: "The codebook file to read.")
  var file: String

  @OptionGroup var project: ProjectOption
  @OptionGroup var coder: CoderOption

  func run() throws {
    try CommandRunner.edit(project, coder) { session in
      let result = try REFIExchange.importCodebook(from: URL(fileURLWithPath: file), into: session)
      var added = 0
      if case .batch(let edits) = result.edit { added = edits.count }
      print("added \(ExchangeSummary.counted(added, "code")) from \(file)")
      print(ExchangeSummary.report(result.report), terminator: "")
    }
  }
}
