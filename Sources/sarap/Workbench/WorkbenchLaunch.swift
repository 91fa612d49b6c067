import CursesTerminal
import Foundation
import SarapCore
import SarapStore
import TerminalKit
import Workbench

/// Runs the workbench on an open session in the live terminal and gives the terminal back.
struct WorkbenchLaunch {
  let session: ProjectSession
  let folder: URL

  /// Starts the terminal, runs until the researcher quits or a signal arrives, restores the
  /// terminal; returns the exit status.
  func run() throws -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let terminal = try CursesTerminal(environment: environment)
    defer { terminal.shutdown() }
    if var dump = environment["SARAP_SCREEN_DUMP"].flatMap(ScreenDump.init(path:)) {
      terminal.frameObserver = { dump.write($0) }
    }
    var state = AppState(
      project: session.project, projectName: projectName, coder: session.coder,
      size: terminal.size, isReadOnly: session.isReadOnly)
    state.colourEnabled = (environment["NO_COLOR"] ?? "").isEmpty
    state.loginName = CoderIdentity.loginName(environment: environment)
    state.revisions.notes = (try? session.folder.reviewNotes()) ?? []
    var runtime = Runtime(state: state, environment: .live(session))
    return runtime.run(on: terminal)
  }

  /// The project's title, else its folder's name.
  private var projectName: String {
    let title = session.project.description.title
    return title.isEmpty ? folder.standardizedFileURL.lastPathComponent : title
  }
}
