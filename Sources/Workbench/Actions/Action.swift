import SarapCore
import TerminalKit

/// Something that happened, named as an event: the reducer decides what it means.
public enum Action: Equatable, Sendable {
  /// The researcher pressed a key; the binding table translates it.
  case keyPressed(Key)
  /// The researcher used the mouse.
  case mouseUsed(MouseEvent)
  /// The terminal changed size.
  case resized(Size)
  /// SIGINT, SIGTERM or SIGHUP arrived: leave normally.
  case signalReceived(Int32)
  /// The store saved an edit durably and returned the project after it.
  case editSaved(Project, summary: String)
  /// The store undid the last edit (summarised) and returned the project before it.
  case editUndone(Project, summary: String)
  /// The store redid an undone edit (summarised) and returned the project after it.
  case editRedone(Project, summary: String)
  /// An edit, undo or redo could not be saved; nothing changed on disk.
  case editFailed(String)
  /// Undo or redo found nothing to undo or redo (the message says which).
  case historyUnchanged(String)
  /// A report was written to a file.
  case exportFinished(path: String)
  /// A report could not be written.
  case exportFailed(String)
  /// The corrected text of a transcript was read from a file (`:revise FILE`), with the name
  /// its revision will keep the old text under (`R07.4`).
  case revisionTextRead(Transcript.ID, text: String, revision: String)
  /// The corrected text could not be read; nothing changed.
  case revisionTextFailed(String)
  /// The store records this coder on edits from now on, and remembers the name.
  case coderRemembered(Coder.ID)
  /// The coder's name could not be remembered; nothing changed.
  case coderNotRemembered(String)
  /// The anonymisation key and list were read (after a decision was recorded, if one was).
  case anonymisationRead(AnonymisationDecisions)
  /// The anonymisation key or list could not be read or written.
  case anonymisationFailed(String)
  /// A file the session read (its path, relative to the project) was changed by someone else (a
  /// hand edit, a `git pull`); the store refuses edits until the project is reopened.
  case projectChangedOnDisk(path: String)
}
