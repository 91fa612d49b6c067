import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `sarap check [DIR]`: validates a whole project.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate a project and print every problem as path:line:col: message.",
    discussion: """
      Reports files that cannot be parsed, codings naming an unknown code or transcript, ranges \
      outside their transcript, coded text that changed since it was coded (fingerprint \
      mismatch), duplicate ids, turns naming a question the guide lacks, and claims \
      (Codebooks/claims.txt) whose query, question or attribute the project lacks. Exit status 1 \
      when there is any problem. Also lists interrupted saves set aside in .sarap/conflicts/ (a \
      note, not a problem). Reads only; takes no lock.
      """)

  @Argument(help: "The project folder (default: the current folder).")
  var folder: String?

  @OptionGroup var project: ProjectOption

  func validate() throws {
    if let folder, let named = project.project, folder != named {
      throw ValidationError("Name the folder once: \(folder) or --project \(named)")
    }
  }

  /// The folder checked: the argument, else `--project`, else the current folder.
  private var directory: String { folder ?? project.path }

  func run() throws {
    try CommandRunner.run {
      let folder = ProjectFolder(url: URL(fileURLWithPath: directory))
      let report = try folder.loadReport()
      let problems = try ProjectCheck.problems(in: report, folder: folder)
      for problem in problems { print(problem) }
      for kept in folder.setAsideSaves {
        print("\(kept): note: an interrupted save set aside; compare, merge, then delete it")
      }
      guard problems.isEmpty else {
        let count = problems.count
        FileHandle.standardError.write(
          Data("\(count) problem\(count == 1 ? "" : "s") in \(directory)\n".utf8))
        throw ExitCode.failure
      }
      let project = report.project
      print(
        "no problems: \(project.transcripts.count) transcript(s), "
          + "\(project.codebook.codes.count) code(s), \(project.codings.count) coding(s) by "
          + "\(project.coders.count) coder(s)")
    }
  }
}
