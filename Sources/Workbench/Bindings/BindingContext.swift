/// Where a key binding applies.
///
/// The active contexts, most specific first, come from the state (``AppState/activeContexts``);
/// the first binding of the first context that knows a key wins.
public enum BindingContext: String, Hashable, Sendable, CaseIterable {
  /// Everywhere a key is not typed into a text field.
  case global
  /// The main screen's panes (not the full screens).
  case panes
  /// The transcript list has the focus.
  case transcripts
  /// The reader has the focus (browsing or selecting).
  case reader
  /// The reader has the focus and nothing is selected.
  case readerBrowsing
  /// A selection is being extended in the reader.
  case selecting
  /// The codebook tree has the focus while a selection waits in the reader.
  case codebookSelecting
  /// The codebook tree has the focus.
  case codebook
  /// The retrieval screen.
  case retrieval
  /// The reports screen.
  case reports
  /// The claims screen.
  case claims
  /// The anonymisation screen.
  case anonymisation
  /// The research journal.
  case journal
  /// The help screen.
  case help
  /// A picker: typing filters the list.
  case picker
  /// A form: the new-code dialog or the rename dialog.
  case form
  /// The memo and definition editor.
  case textEditor
  /// The `:` command line and the `/` search line.
  case commandLine
  /// A yes/no question.
  case confirm
  /// The prompt for the coder's name.
  case coderPrompt
  /// The guide-revisions screen.
  case guideRevisions
  /// The review screen for flagged codings.
  case review
  /// The disagreements of two coders on one code.
  case disagreements

  /// How the context is titled in help and in docs/workbench.md.
  public var title: String {
    switch self {
    case .global: "Everywhere"
    case .panes: "Main screen"
    case .transcripts: "Transcript list"
    case .reader: "Reader"
    case .readerBrowsing: "Reader, nothing selected"
    case .selecting: "Reader, selecting"
    case .codebookSelecting: "Codebook, with a selection in the reader"
    case .codebook: "Codebook"
    case .retrieval: "Retrieval"
    case .reports: "Reports"
    case .claims: "Claims"
    case .anonymisation: "Anonymisation"
    case .journal: "Research journal"
    case .help: "Help"
    case .picker: "Picker"
    case .form: "New code and rename dialogs"
    case .textEditor: "Memo and definition editor"
    case .commandLine: "Command line"
    case .confirm: "Yes/no questions"
    case .coderPrompt: "Coder's name prompt"
    case .guideRevisions: "Guide revisions"
    case .review: "Review of flagged codings"
    case .disagreements: "Disagreements of two coders"
    }
  }
}
