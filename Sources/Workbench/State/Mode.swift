/// What the researcher is doing; modes stack, and Esc pops the innermost.
public enum Mode: Equatable, Sendable {
  /// Moving around the panes.
  case browsing
  /// Extending a selection in the reader (anchor in ``ReaderState/anchor``).
  case selecting
  /// Choosing from a fuzzy-filtered list: a code, a theme, a colour, a question.
  case picker(PickerState)
  /// Naming a new code (in-vivo from the selection) and placing it under a theme.
  case newCode(NewCodeState)
  /// Writing a memo or a code's definition.
  case textEditor(TextEditorState)
  /// Renaming a code in Kazakh and English.
  case codebookEdit(CodebookEditState)
  /// The retrieval screen.
  case retrieval
  /// The reports screen.
  case reports
  /// The claims screen: the ledger's claims with their verdicts.
  case claims
  /// The anonymisation screen: candidates grouped by text, with their decisions.
  case anonymisation
  /// The research journal: its entries, newest first.
  case journal
  /// The help screen.
  case help
  /// Typing a `:` command or a `/` search.
  case commandLine(CommandLineState)
  /// Asking yes or no before something destructive.
  case confirm(Confirmation)
  /// Asking who codes, before the first edit of a researcher Sarap cannot name.
  case coderPrompt(CoderPromptState)
  /// The guide-revisions screen: two revisions side by side.
  case guideRevisions
  /// The review screen: codings whose text a transcript revision changed.
  case review
  /// The disagreements of two coders on one code, to settle into the consensus coder.
  case disagreements

  /// Whether keys go to a text field first (so `q` types a q instead of quitting).
  public var takesText: Bool {
    switch self {
    case .picker, .newCode, .textEditor, .codebookEdit, .commandLine, .coderPrompt: true
    default: false
    }
  }

  /// Whether the mode covers the main screen entirely.
  public var isFullScreen: Bool {
    switch self {
    case .retrieval, .reports, .claims, .anonymisation, .journal, .help, .guideRevisions, .review,
      .disagreements:
      true
    default: false
    }
  }
}
