import SarapCore
import SarapEngine
import TerminalKit

/// Everything the workbench shows and remembers between keys: the project as last saved, where
/// the researcher is, and what they are doing.
///
/// Changed only by ``AppState/reduce(_:now:)``; drawn only by ``WorkbenchScreen/render(_:)``.
public struct AppState: Equatable, Sendable {
  /// The project as the store last returned it: every edit shown here is on disk.
  public var project: Project
  /// Derived counts and tables, rebuilt whenever ``project`` changes.
  public var analysis: Analysis
  /// The project's name for the status line (its title, else its folder name).
  public var projectName: String
  /// Who codes: every coding made here carries this coder; nil until the researcher is named
  /// (the workbench asks before the first edit).
  public var coder: Coder.ID?
  /// The login name, suggested when asking for the coder's name.
  public var loginName: String?
  /// Whether the project was opened read-only (edits are refused with a reason).
  public var isReadOnly: Bool
  /// The terminal's size.
  public var size: Size
  /// The pane with the keyboard focus.
  public var focus: Pane
  /// What the researcher is doing, innermost last (empty: browsing); Esc pops one.
  public var modes: [Mode]
  /// The transcript list's selection and scroll.
  public var transcriptList: ListPosition
  /// The codebook tree's selection and scroll.
  public var codebookList: ListPosition
  /// The open transcript, its cursor, selection and scroll.
  public var reader: ReaderState
  /// The last search in the open transcript.
  public var search: SearchState
  /// The language code names are shown in.
  public var language: Language
  /// Whose codings the reader shows: nil for every coder.
  public var shownCoder: Coder.ID?
  /// The retrieval screen's query and hits.
  public var retrieval: RetrievalState
  /// The reports screen's choices and the report on screen.
  public var reports: ReportsState
  /// The claims screen's selected claim and scroll.
  public var claimsList: ListPosition
  /// The anonymisation screen's decisions, candidates and selection.
  public var anonymisation = AnonymisationState()
  /// Which codings the reports and the retrieval count (`:filter`, `o`): coders, guide
  /// questions, case attributes and transcripts, as `sarap report`'s options narrow them.
  public var filter: SegmentFilter = .all
  /// The help screen's scroll.
  public var helpScroll: Int
  /// The journal screen's first row shown.
  public var journalScroll = 0
  /// The guide-revisions and review screens.
  public var revisions: RevisionsState
  /// The message on the status line; each new one is also kept in ``messageLog``.
  public var status: StatusMessage? {
    didSet {
      guard let status, status != oldValue else { return }
      messageLog.append(status)
      if messageLog.count > 500 { messageLog.removeFirst(messageLog.count - 500) }
    }
  }
  /// The session's status messages, oldest first (the last 500), for `:messages`.
  public var messageLog: [StatusMessage] = []
  /// The code this coder applied last in this session, for `.` and the picker's recent codes.
  public var lastCode: Code.ID?
  /// The signal that ended the session, if one did.
  public var exitSignal: Int32?
  /// Whether codes are drawn in colour (off under `NO_COLOR`: coded text is underlined).
  public var colourEnabled: Bool

  /// Creates the state for a freshly opened project, browsing the first transcript.
  public init(
    project: Project, projectName: String, coder: Coder.ID?, size: Size, isReadOnly: Bool = false
  ) {
    self.project = project
    self.analysis = Analysis(project)
    self.projectName = projectName
    self.coder = coder
    self.loginName = nil
    self.isReadOnly = isReadOnly
    self.size = size
    self.focus = .transcripts
    self.modes = []
    self.transcriptList = ListPosition()
    self.codebookList = ListPosition()
    self.reader = ReaderState()
    self.search = SearchState()
    self.language = .kk
    self.shownCoder = nil
    self.retrieval = RetrievalState()
    self.reports = ReportsState()
    self.claimsList = ListPosition()
    self.helpScroll = 0
    self.revisions = RevisionsState()
    self.status = isReadOnly ? StatusMessage("Read-only: edits are off") : nil
    self.exitSignal = nil
    self.colourEnabled = true
    if let first = project.transcripts.first { openTranscript(first.id) }
  }

  /// What the researcher is doing now.
  public var mode: Mode { modes.last ?? .browsing }
}
