import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `sarap config`: settings kept for one project on this machine.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show or change settings kept for this project on this machine (in .sarap/).",
    subcommands: [CoderSetting.self])

  /// `sarap config coder [NAME]`.
  struct CoderSetting: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coder",
      abstract:
        "Show who codes (and where the name comes from), or remember a name for the project.",
      discussion: """
        The coder recorded on every edit is --coder, else $SARAP_CODER, else the name remembered \
        for the project in .sarap/coder (local, git-ignored), else git's user.name: the first \
        that names someone wins. With NAME, remembers it in .sarap/coder. Without, prints the \
        name in force and where it comes from, or exits 1 when nothing names a coder.
        A name is at most 64 characters, holds a letter or digit, and no tab, line break, / or \\.
        """)

    @OptionGroup var project: ProjectOption

    @Argument(help: "The name to remember (omit to show the current one).")
    var name: String?

    func run() throws {
      try CommandRunner.run {
        let folder = ProjectFolder(url: project.url)
        guard folder.isProject else { throw StoreError.notAProject(path: project.path) }
        if let name { try remember(name, in: folder) } else { try show(folder) }
      }
    }

    private func remember(_ name: String, in folder: ProjectFolder) throws {
      let coder: Coder.ID
      do throws(Coder.NameProblem) { coder = try Coder.named(name) } catch {
        throw CommandFailure("'\(name)': \(error)")
      }
      try RememberedCoder.write(coder, in: folder)
      print("coder: \(coder) (remembered in \(folder.displayPath(ProjectLayout.coder)))")
      let environment = ProcessInfo.processInfo.environment
      if let resolution = try? CoderIdentity.resolve(
        option: nil, environment: environment, project: folder),
        resolution.source != .remembered
      {
        let note = "note: \(resolution.source) names \(resolution.coder) and wins while it does\n"
        FileHandle.standardError.write(Data(note.utf8))
      }
    }

    private func show(_ folder: ProjectFolder) throws {
      let environment = ProcessInfo.processInfo.environment
      guard
        let resolution = try CoderIdentity.resolve(
          option: nil, environment: environment, project: folder)
      else { throw CommandFailure(CoderIdentity.missingMessage) }
      print("\(resolution.coder) (from \(resolution.source))")
    }
  }
}
