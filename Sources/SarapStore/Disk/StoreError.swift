import SarapCore
import SarapFormats

/// Why the store could not read, open or change a project.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A file-system call failed.
  case io(path: String, operation: String, message: String)
  /// One or more project files could not be parsed; editing is refused so none is overwritten.
  case unparseable([ProjectFileError])
  /// Another session holds the project's lock.
  case locked(ProjectLock.Holder, lockPath: String)
  /// The session was opened read-only.
  case readOnly
  /// The edit breaks a rule of the project.
  case edit(ProjectError)
  /// There is no edit to undo.
  case nothingToUndo
  /// There is no undone edit to redo.
  case nothingToRedo
  /// A save failed half-way; the project must be reopened (which completes the save).
  case needsReopen(String)
  /// The folder is not a Sarap project.
  case notAProject(path: String)
  /// A file changed on disk since the session read it; the edit was not saved.
  case changedOnDisk(path: String)
  /// The record of an interrupted save could not be completed safely and was set aside (the
  /// reason, and the folder it went to, relative to the project).
  case interruptedSaveSetAside(String, kept: String)
  /// A file brought into the project was refused (not text, bad encoding, unreadable document).
  case importRefused(ProjectFileError)
  /// No coder is named, so the edit cannot say whose it is.
  case noCoder
  /// The history entry an undo or redo would replay no longer applies to the project (its
  /// location, and why).
  case historyNoLongerApplies(ProjectFileError)
  /// The history entry an undo or redo would replay was cut off when the history was pruned
  /// (the prune record's location, and which entry).
  case historyPruned(ProjectFileError)
  /// The remembered coder (`.sarap/coder`) is not a usable name.
  case badCoderFile(ProjectFileError)
  /// A coder's name from an option, a variable or git cannot name a coder.
  case invalidCoder(source: String, Coder.NameProblem)

  public var description: String {
    switch self {
    case .io(let path, let operation, let message): "\(path): cannot \(operation): \(message)"
    case .unparseable(let errors):
      errors.map(\.description).joined(separator: "\n")
        + "\n(fix the file\(errors.count == 1 ? "" : "s") above; Sarap never rewrites a file it "
        + "cannot parse)"
    case .locked(let holder, let path):
      "the project is open in another Sarap: \(holder) (lock file \(path); open it read-only, "
        + "or delete the lock file if that Sarap is gone)"
    case .readOnly: "the project is open read-only"
    case .edit(let error): error.description
    case .nothingToUndo: "nothing to undo"
    case .nothingToRedo: "nothing to redo"
    case .needsReopen(let why): "\(why); reopen the project"
    case .interruptedSaveSetAside(let reason, let kept):
      "\(reason).\nNothing was overwritten. What that save would have written is kept in \(kept) "
        + "(with the record and the reason): compare it with the project, merge by hand what you "
        + "want, then delete that folder. Run the command again to continue."
    case .notAProject(let path):
      "\(path) is not a Sarap project (no Codebooks/ or Transcripts/ folder; see 'sarap init')"
    case .importRefused(let error): error.description
    case .noCoder: CoderIdentity.missingMessage
    case .historyPruned(let error): "\(error)"
    case .historyNoLongerApplies(let error):
      "\(error) (the project changed since that edit, by hand, a git pull or an edited history; "
        + "nothing was changed)"
    case .badCoderFile(let error):
      "\(error) (fix the name, delete the file, or run 'sarap config coder NAME')"
    case .invalidCoder(let source, let problem): "the coder name from \(source): \(problem)"
    case .changedOnDisk(let path):
      "\(path) changed on disk since Sarap read it; the edit was not saved (reopen the project "
        + "to see the change)"
    }
  }
}
