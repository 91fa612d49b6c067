import TerminalKit

extension KeyBinding {
  static let codebookBindings: [KeyBinding] = [
    KeyBinding(
      [.enter], .codeWithSelectedCode, in: .codebookSelecting,
      "Code the reader's selection with this code (as c would)", hint: "code selection",
      disabledReason: Availability.codeEditing),
    KeyBinding([key("j"), .down], .moveDown, in: .codebook, "Next code"),
    KeyBinding([key("k"), .up], .moveUp, in: .codebook, "Previous code"),
    KeyBinding([key("g"), .home], .goToTop, in: .codebook, "First code"),
    KeyBinding([key("G"), .end], .goToBottom, in: .codebook, "Last code"),
    KeyBinding(
      [.enter], .open, in: .codebook, "Retrieve every segment of the code", hint: "segments",
      disabledReason: Availability.codeSelected),
    KeyBinding(
      [key("n")], .newCode, in: .codebook, "New code under the selected theme", hint: "new",
      disabledReason: Availability.editing),
    KeyBinding(
      [key("e")], .renameCode, in: .codebook, "Rename the code (Kazakh and English)",
      hint: "rename", disabledReason: Availability.codeEditing),
    KeyBinding(
      [key("E")], .editDefinition, in: .codebook, "Edit the code's definition",
      disabledReason: Availability.codeEditing),
    KeyBinding(
      [key(">")], .moveCode, in: .codebook, "Move the code under another theme or code",
      hint: "move", disabledReason: Availability.codeEditing),
    KeyBinding(
      [key("M")], .mergeCode, in: .codebook, "Merge the code into another (codings move)",
      hint: "merge", disabledReason: Availability.codeEditing),
    KeyBinding(
      [key("p")], .recolourCode, in: .codebook, "Recolour the code from the palette",
      hint: "colour", disabledReason: Availability.codeEditing),
    KeyBinding(
      [key("d")], .deleteCode, in: .codebook,
      "Delete the code, its subcodes and codings (u undoes)",
      hint: "delete", disabledReason: Availability.codeEditing),
    KeyBinding(
      [key("m")], .editMemo, in: .codebook, "Write the code's memo",
      disabledReason: Availability.codeEditing),
  ]

  static let retrievalBindings: [KeyBinding] = [
    KeyBinding([key("j"), .down], .moveDown, in: .retrieval, "Next segment"),
    KeyBinding([key("k"), .up], .moveUp, in: .retrieval, "Previous segment"),
    KeyBinding([.pageDown], .pageDown, in: .retrieval, "Down one screen"),
    KeyBinding([.pageUp], .pageUp, in: .retrieval, "Up one screen"),
    KeyBinding([key("g"), .home], .goToTop, in: .retrieval, "First segment"),
    KeyBinding([key("G"), .end], .goToBottom, in: .retrieval, "Last segment"),
    KeyBinding(
      [.enter], .open, in: .retrieval, "Jump to the segment in its transcript", hint: "jump",
      disabledReason: Availability.retrievalHit),
    KeyBinding([key("c")], .retrieveCode, in: .retrieval, "Retrieve another code", hint: "code"),
    KeyBinding(
      [key("&")], .addAndCode, in: .retrieval, "AND another code: segments overlapping both",
      hint: "and", disabledReason: Availability.retrievalQuery),
    KeyBinding(
      [key("|")], .addOrCode, in: .retrieval, "OR another code: segments of either", hint: "or",
      disabledReason: Availability.retrievalQuery),
    KeyBinding(
      [key("f")], .editFilter, in: .retrieval,
      "Filter by coder, question, attribute or transcript (:filter)", hint: "filter"),
  ]

  static let reportsBindings: [KeyBinding] = [
    KeyBinding([.tab], .nextReport, in: .reports, "Next report", hint: "report"),
    KeyBinding([key("1")], .frequencyReport, in: .reports, "Frequencies"),
    KeyBinding([key("2")], .coOccurrenceReport, in: .reports, "Co-occurrence heat map"),
    KeyBinding([key("3")], .themeMatrixReport, in: .reports, "Theme matrix"),
    KeyBinding([key("t")], .switchGrouping, in: .reports, "Codes or themes", hint: "codes/themes"),
    KeyBinding(
      [key("U")], .switchUnit, in: .reports,
      "Switch unit: overlap, answer, transcript (co-occurrence); segments, presence (matrix)",
      hint: "unit", disabledReason: Availability.reportUnit),
    KeyBinding(
      [key("o")], .switchCoder, in: .reports, "Switch coder: all, then each", hint: "coder"),
    KeyBinding(
      [key("e")], .exportReport, in: .reports, "Export the report on screen", hint: "export"),
    KeyBinding(
      [key("f")], .editFilter, in: .reports,
      "Filter by coder, question, attribute or transcript (:filter)", hint: "filter"),
    KeyBinding([key("j"), .down], .moveDown, in: .reports, "Scroll down"),
    KeyBinding([key("k"), .up], .moveUp, in: .reports, "Scroll up"),
    KeyBinding([key("h"), .left], .moveLeft, in: .reports, "Scroll left"),
    KeyBinding([key("l"), .right], .moveRight, in: .reports, "Scroll right"),
    KeyBinding([key("j"), .down], .moveDown, in: .help, "Scroll down"),
    KeyBinding([key("k"), .up], .moveUp, in: .help, "Scroll up"),
    KeyBinding([.pageDown, .character(" ")], .pageDown, in: .help, "Down one screen"),
    KeyBinding([.pageUp], .pageUp, in: .help, "Up one screen"),
  ]
}
