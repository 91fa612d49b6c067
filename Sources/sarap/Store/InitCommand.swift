import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `sarap init DIR`: a new, empty project.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new, empty project folder.",
    discussion: """
      Creates DIR (if needed) with Transcripts/, Codebooks/ (project description, interview \
      guide, codebook, codings/) and a .gitignore that keeps Sarap's local state (.sarap/) out \
      of git. Refuses a folder that already holds a project.
      """)

  @Argument(help: "The folder to create the project in.")
  var directory: String

  @Option(name: .long, help: "The project's title (default: the folder's name).")
  var title: String?

  func run() throws {
    try CommandRunner.run {
      let url = URL(fileURLWithPath: directory)
      let folder = ProjectFolder(url: url)
      guard !folder.isProject else {
        throw CommandFailure("\(directory) already holds a project (Codebooks/ or Transcripts/)")
      }
      try ProjectFolder.create(
        at: url, title: title ?? url.standardizedFileURL.lastPathComponent)
      print("created an empty project in \(directory); add transcripts with 'sarap add'")
    }
  }
}
