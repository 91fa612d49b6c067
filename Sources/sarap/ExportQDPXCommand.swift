import ArgumentParser
import Foundation
import SarapCore
import SarapFormats
import SarapStore

/// `sarap export qdpx FILE`: the whole project as a REFI-QDA project archive.
struct ExportQDPXCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qdpx",
    abstract: "Export the whole project as a REFI-QDA project archive (.qdpx).",
    discussion: """
      Writes project.qde and the transcripts as sources/<GUID>.txt (UTF-8, LF). Coders become \
      users, themes parent codes, respondents cases with their attributes as variables, memos \
      notes. Selections count Unicode code points from 0, end exclusive.
      """)

  @Argument(help: "The archive to write (replaced if it exists).")
  var file: String

  @OptionGroup var project: ProjectOption

  func run() throws {
    try CommandRunner.run {
      let folder = ProjectFolder(url: project.url)
      let (exported, report, guids) = try REFIExchange.exportProject(
        from: folder, to: URL(fileURLWithPath: file), origin: "Sarap \(Sarap.version)")
      print(ExchangeSummary.exported(exported, to: file))
      print(ExchangeSummary.report(report), terminator: "")
      // 590,000 GUIDs at 1000x, and the project: freed by the exit, not one by one.
      ProcessExit.keep((exported, guids))
    }
  }
}
