import Foundation
import SarapCore
import SarapStore
import TerminalKit
import Workbench

/// How the workbench opens a project: its session and its first state.
///
/// The `sarap` executable and the render benchmark both open the workbench through these two
/// functions, so the benchmark's start-to-first-frame is the workbench's own.
public enum WorkbenchOpening {
  /// Opens the project's session as the workbench holds it: locked unless `readOnly`, its
  /// transcripts' bodies read when first shown (``ProjectFolder/TextLoading/onDemandInSession``),
  /// so that a transcript changed on disk before its body is read is named as an outside change
  /// and its text never shown as the old one.
  public static func session(folder: URL, coder: Coder.ID?, readOnly: Bool) throws(StoreError)
    -> ProjectSession
  {
    try ProjectSession.open(
      folder: folder, coder: coder, readOnly: readOnly, text: .onDemandInSession)
  }

  /// The workbench's first state on an open session: the first transcript open, the review notes
  /// read (an unreadable notes file is left out, as `sarap review` would name it).
  public static func state(of session: ProjectSession, folder: URL, size: Size) -> AppState {
    var state = AppState(
      project: session.project, projectName: projectName(session, folder: folder),
      coder: session.coder, size: size, isReadOnly: session.isReadOnly)
    state.revisions.notes = (try? session.folder.reviewNotes()) ?? []
    return state
  }

  /// The project's title, else its folder's name.
  static func projectName(_ session: ProjectSession, folder: URL) -> String {
    let title = session.project.description.title
    return title.isEmpty ? folder.standardizedFileURL.lastPathComponent : title
  }
}
