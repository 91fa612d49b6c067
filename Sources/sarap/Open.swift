import ArgumentParser
import CursesTerminal
import Foundation
import SarapCore
import SarapStore
import Workbench
import WorkbenchStart

/// `sarap` (or `sarap open`): the terminal workbench on a project folder.
///
/// Opens the project's session (taking its lock unless `--read-only`), starts the terminal,
/// runs the workbench until `q` or a signal, then gives the terminal back and releases the lock.
/// Exits 0 after `q`, 128 + n after signal n (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP),
/// 2 without a terminal (standard input or output redirected), before taking any lock.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open a project in the terminal workbench (the default).",
    discussion: """
      The coder is --coder, else $SARAP_CODER, else the name remembered for the project \
      (.sarap/coder), else git's user.name. With none of them the workbench opens anyway and \
      asks for a name at the first edit (reading needs none), then remembers it in .sarap/coder; \
      :coder NAME changes it. A project already open in another Sarap is refused, naming who \
      holds it; --read-only opens it anyway, for reading and reports.
      Needs a UTF-8 locale (e.g. LANG=C.UTF-8). NO_COLOR draws without colour.
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var coder: CoderOption

  @Flag(name: .long, help: "Open without the lock: read and run reports, no edits.")
  var readOnly = false

  func run() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      FileHandle.standardError.write(Data(Self.noTerminalMessage.utf8))
      throw ExitCode(2)
    }
    try CommandRunner.run {
      let session = try openSession()
      defer { session.close() }
      let status = try WorkbenchLaunch(session: session, folder: project.url).run()
      if status != 0 { throw ExitCode(status) }
    }
  }

  /// Why the workbench refuses to start when standard input or output is not a terminal.
  static let noTerminalMessage =
    "sarap: the workbench needs a terminal, and standard input or output is not one; from a "
    + "script use the commands instead (sarap check, sarap report …, see sarap --help)\n"

  private func openSession() throws -> ProjectSession {
    let name = try coder.resolution(project: project.url)?.coder
    do {
      return try WorkbenchOpening.session(folder: project.url, coder: name, readOnly: readOnly)
    } catch {
      guard case .locked(let holder, let lockPath) = error else { throw error }
      throw CommandFailure(
        """
        the project is open in another Sarap: \(holder).
          To read it and run reports meanwhile: sarap --read-only --project \(project.path)
          If that Sarap is gone (another machine, a crash), delete \(lockPath)
        """)
    }
  }
}
