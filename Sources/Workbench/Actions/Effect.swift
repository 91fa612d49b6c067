import SarapCore
import SarapEngine

/// Work the runtime does outside the reducer, through the ``Environment``; its result comes back
/// as an ``Action``.
public enum Effect: Hashable, Sendable {
  /// Saves an edit durably; answers ``Action/editSaved(_:summary:)`` or
  /// ``Action/editFailed(_:)``.
  case apply(ProjectEdit, summary: String)
  /// Undoes the last saved edit; answers ``Action/editUndone(_:summary:)`` or
  /// ``Action/editFailed(_:)``.
  case undo
  /// Redoes the last undone edit; answers ``Action/editRedone(_:summary:)`` or
  /// ``Action/editFailed(_:)``.
  case redo
  /// Writes a report to a file; answers ``Action/exportFinished(path:)`` or
  /// ``Action/exportFailed(_:)``.
  case export(ExportRequest)
  /// Reads the corrected text of a transcript from a file; answers
  /// ``Action/revisionTextRead(_:text:revision:)`` or ``Action/revisionTextFailed(_:)``.
  case readRevisionText(Transcript.ID, path: String)
  /// Records who codes from now on and remembers the name for the project; answers
  /// ``Action/coderRemembered(_:)`` or ``Action/coderNotRemembered(_:)``.
  case rememberCoder(Coder.ID)
  /// Reads the anonymisation key and list; answers ``Action/anonymisationRead(_:)`` or
  /// ``Action/anonymisationFailed(_:)``.
  case readAnonymisation
  /// Records a decision on a text in the key, then reads it again; answers as
  /// ``readAnonymisation``.
  case decideAnonymisation(AnonymisationKey.Entry)
  /// Records the replacements in the key, then saves the plan's edit (one undoable edit);
  /// answers ``Action/editSaved(_:summary:)`` or ``Action/editFailed(_:)``.
  case applyAnonymisation(AnonymisationPlan, records: AnonymisationKey.ApplyRecords)
}
