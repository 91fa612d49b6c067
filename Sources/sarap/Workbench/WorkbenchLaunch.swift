import CursesTerminal
import Foundation
import SarapCore
import SarapStore
import TerminalKit
import Workbench
import WorkbenchStart

/// Runs the workbench on an open session in the live terminal and gives the terminal back.
struct WorkbenchLaunch {
  let session: ProjectSession
  let folder: URL

  /// Starts the terminal, runs until the researcher quits or a signal arrives, restores the
  /// terminal and remembers where the coder left off; returns the exit status.
  func run() throws -> Int32 {
    let (status, state) = try runInTerminal()
    if let coder = state.coder { rememberPlace(state.sessionPlace, of: coder) }
    return status
  }

  private func runInTerminal() throws -> (Int32, AppState) {
    let environment = ProcessInfo.processInfo.environment
    let terminal = try CursesTerminal(environment: environment)
    defer { terminal.shutdown() }
    if var dump = environment["SARAP_SCREEN_DUMP"].flatMap(ScreenDump.init(path:)) {
      terminal.frameObserver = { dump.write($0) }
    }
    var state = WorkbenchOpening.state(of: session, folder: folder, size: terminal.size)
    state.colourEnabled = (environment["NO_COLOR"] ?? "").isEmpty
    state.loginName = CoderIdentity.loginName(environment: environment)
    if let coder = state.coder { resumePlace(of: coder, in: &state) }
    var runtime = Runtime(state: state, environment: .live(session))
    let status = runtime.run(on: terminal)
    return (status, runtime.state)
  }

  /// A coder's place file, relative to the project: `.sarap/session-CODER.txt`.
  private func placePath(of coder: Coder.ID) -> String {
    let name = coder.rawValue.replacingOccurrences(of: "/", with: "_")
    return "\(ProjectLayout.state)/session-\(name).txt"
  }

  /// Returns to where this coder left off, if a place was remembered.
  ///
  /// An unreadable file is named on the status line and left as it is. A coder named only
  /// during the session (at the first edit) has nothing to return to yet.
  private func resumePlace(of coder: Coder.ID, in state: inout AppState) {
    let placePath = placePath(of: coder)
    let url = folder.appendingPathComponent(placePath)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
    switch SessionPlace.read(text) {
    case .success(let place): state.resume(place)
    case .failure(let problem): state.sessionPlaceUnreadable(path: placePath, problem)
    }
  }

  /// Writes where the coder is, durably; a read-only session writes nothing.
  private func rememberPlace(_ place: SessionPlace, of coder: Coder.ID) {
    guard !session.isReadOnly else { return }
    do {
      try AtomicFile.write(place.fileText, to: folder.appendingPathComponent(placePath(of: coder)))
    } catch {
      FileHandle.standardError.write(
        Data("sarap: could not remember where you left off: \(error)\n".utf8))
    }
  }
}
