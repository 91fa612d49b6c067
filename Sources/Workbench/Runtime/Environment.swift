import SarapCore
import SarapEngine

/// The workbench's way to the world: saving, undo history, the clock and report files, as
/// closures the executable fills from SarapStore and tests fill in memory.
///
/// Nothing is ever unsaved: ``apply`` returns only once the edit is durable, and the screen shows
/// an edit as done only after it returned.
public struct Environment {
  /// Saves an edit with a one-line summary durably and returns the project after it; throws,
  /// changing nothing, when the edit is refused or cannot be saved.
  public var apply: (ProjectEdit, String) throws -> Project
  /// Undoes the last saved edit; nil when there is nothing to undo.
  public var undo: () throws -> HistoryStep?
  /// Redoes the last undone edit; nil when there is nothing to redo.
  public var redo: () throws -> HistoryStep?
  /// The current time, for new codings.
  public var now: () -> Timestamp
  /// Writes a report to a file (format by extension) and returns the path written.
  public var export: (ExportRequest) throws -> String
  /// Reads the corrected text of a transcript from a file (`:revise FILE`): checked and
  /// normalised (UTF-8 or UTF-16 with a BOM, LF line endings, NFC).
  public var readRevisionText: (String) throws -> String
  /// The name the next revision of a transcript keeps its old text under (`R07.4`, the file
  /// `Transcripts/revisions/R07.4.txt`), the name `sarap review` prints.
  public var revisionName: (Transcript.ID) -> String
  /// Records the coder on edits from now on and remembers the name for the project (in
  /// `.sarap/coder`); throws, changing nothing, when it cannot.
  public var rememberCoder: (Coder.ID) throws -> Void
  /// Looks for project files changed on disk by someone else since the session read them; the
  /// path of the first one found, once (nil when nothing changed, or when it was named already).
  public var noticeOutsideChange: () -> String?
  /// The next transcript found changed on disk as its body was first read; nil when none is left.
  ///
  /// The reader then holds a notice, not the text; each file is named once. Cheap: asked before
  /// every frame.
  public var noticeChangedText: () -> String?
  /// Reads the anonymisation key (its decisions) and the project's always/never list.
  public var readAnonymisation: () throws -> AnonymisationDecisions
  /// Records a decision on a text in the anonymisation key, durably.
  public var recordAnonymisationDecision: (AnonymisationKey.Entry) throws -> Void
  /// Adds the replacements an apply makes to the key, durably, before the edit is saved.
  public var recordAnonymisationApplied: (AnonymisationKey.ApplyRecords) throws -> Void

  /// Creates an environment.
  public init(
    apply: @escaping (ProjectEdit, String) throws -> Project,
    undo: @escaping () throws -> HistoryStep?,
    redo: @escaping () throws -> HistoryStep?,
    now: @escaping () -> Timestamp,
    export: @escaping (ExportRequest) throws -> String,
    readRevisionText: @escaping (String) throws -> String = { _ in throw Unavailable() },
    revisionName: @escaping (Transcript.ID) -> String = { "\($0).1" },
    rememberCoder: @escaping (Coder.ID) throws -> Void = { _ in throw Unavailable() },
    noticeOutsideChange: @escaping () -> String? = { nil },
    noticeChangedText: @escaping () -> String? = { nil },
    readAnonymisation: @escaping () throws -> AnonymisationDecisions = { throw Unavailable() },
    recordAnonymisationDecision: @escaping (AnonymisationKey.Entry) throws -> Void = { _ in
      throw Unavailable()
    },
    recordAnonymisationApplied: @escaping (AnonymisationKey.ApplyRecords) throws -> Void = { _ in
      throw Unavailable()
    }
  ) {
    self.apply = apply
    self.undo = undo
    self.redo = redo
    self.now = now
    self.export = export
    self.readRevisionText = readRevisionText
    self.revisionName = revisionName
    self.rememberCoder = rememberCoder
    self.noticeOutsideChange = noticeOutsideChange
    self.noticeChangedText = noticeChangedText
    self.readAnonymisation = readAnonymisation
    self.recordAnonymisationDecision = recordAnonymisationDecision
    self.recordAnonymisationApplied = recordAnonymisationApplied
  }

  /// What an environment made without a way to read or write files answers when asked to.
  public struct Unavailable: Error, CustomStringConvertible {
    /// Creates the error.
    public init() {}
    /// Says that files cannot be read or written here.
    public var description: String { "this workbench cannot read or write files" }
  }
}

/// One step through the undo history: the project after it and what was undone or redone.
public struct HistoryStep: Sendable {
  /// The project after the step.
  public var project: Project
  /// What the step undid or redid, such as "coded R07 120..530 russia".
  public var summary: String

  /// Creates a step.
  public init(project: Project, summary: String) {
    self.project = project
    self.summary = summary
  }
}
