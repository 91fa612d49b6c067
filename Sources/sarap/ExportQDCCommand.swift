import ArgumentParser
import Foundation
import SarapFormats
import SarapStore

/// `sarap export qdc FILE`: the codebook as a REFI-QDA codebook.
struct ExportQDCCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qdc",
    abstract: "Export the codebook as a REFI-QDA codebook (.qdc).",
    discussion: """
      Themes are parent codes, codes nest beneath them; names are "Kazakh / English", the \
      definition is the description, colours are #RRGGBB. Code memos do not fit in a .qdc \
      (export the project for those).
      """)

  @Argument(help: "The codebook file to write (replaced if it exists).")
  var file: String

  @OptionGroup var project: ProjectOption

  func run() throws {
    try CommandRunner.run {
      let folder = ProjectFolder(url: project.url)
      let (codebook, report) = try REFIExchange.exportCodebook(
        from: folder, to: URL(fileURLWithPath: file), origin: "Sarap \(Sarap.version)")
      print("wrote \(file): \(ExchangeSummary.counted(codebook.codes.count, "code"))")
      print(ExchangeSummary.report(report), terminator: "")
    }
  }
}
