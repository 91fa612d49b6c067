import TerminalKit

extension KeyBinding {
  /// The binding table: every key of the workbench, in the order help and docs/workbench.md list them.
  public static let table: [KeyBinding] =
    globalBindings + listBindings + readerBindings + codingBindings + codebookBindings
    + retrievalBindings + claimsBindings + anonymisationBindings + journalBindings
    + reportsBindings
    + agreementBindings + dialogBindings
    + coderPromptBindings + revisionBindings

  /// A printable key.
  static func key(_ character: Character) -> Key { .character(character) }

  static let globalBindings: [KeyBinding] = [
    KeyBinding(
      [.tab], .focusNextPane, in: .panes, "Move the focus to the next pane", hint: "pane"),
    KeyBinding([.backTab], .focusPreviousPane, in: .panes, "Move the focus to the previous pane"),
    KeyBinding(
      [key("u")], .undo, in: .global, "Undo the last edit, whatever screen made it", hint: "undo",
      disabledReason: Availability.editing),
    KeyBinding(
      [.control("r")], .redo, in: .global, "Redo the last undone edit",
      disabledReason: Availability.editing),
    KeyBinding(
      [key("r")], .showRetrieval, in: .global,
      "Retrieve the segments of the code under the cursor (or selected in the codebook)"),
    KeyBinding(
      [key("R")], .showReports, in: .global, "Reports: frequencies, co-occurrence, theme matrix",
      hint: "reports"),
    KeyBinding(
      [key("K")], .showClaims, in: .global, "Claims: written findings and their verdicts"),
    KeyBinding(
      [key("P")], .showAnonymisation, in: .global,
      "Pseudonyms: review what may identify a respondent (anonymisation)"),
    KeyBinding(
      [key("L")], .toggleLanguage, in: .global, "Show code names in Kazakh or English"),
    KeyBinding([key(":")], .openCommandLine, in: .global, "Type a command (:help lists them)"),
    KeyBinding([key("?")], .showHelp, in: .global, "This help", hint: "help"),
    KeyBinding([.escape], .back, in: .global, "Back out: close a screen, drop a selection"),
    KeyBinding(
      [key("q"), .control("c")], .quit, in: .global, "Quit (every edit is already saved)",
      hint: "quit"),
  ]

  static let listBindings: [KeyBinding] = [
    KeyBinding([key("j"), .down], .moveDown, in: .transcripts, "Next transcript"),
    KeyBinding([key("k"), .up], .moveUp, in: .transcripts, "Previous transcript"),
    KeyBinding([key("g"), .home], .goToTop, in: .transcripts, "First transcript"),
    KeyBinding([key("G"), .end], .goToBottom, in: .transcripts, "Last transcript"),
    KeyBinding(
      [.enter, key("l")], .open, in: .transcripts, "Open the transcript in the reader",
      hint: "open"),
    KeyBinding(
      [key("m")], .editMemo, in: .transcripts, "Write the transcript's memo",
      disabledReason: Availability.editing),
  ]
}
