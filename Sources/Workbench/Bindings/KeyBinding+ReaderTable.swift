import TerminalKit

extension KeyBinding {
  static let readerBindings: [KeyBinding] = [
    KeyBinding([key("j"), .down], .moveDown, in: .reader, "Down one row"),
    KeyBinding([key("k"), .up], .moveUp, in: .reader, "Up one row"),
    KeyBinding([key("h"), .left], .moveLeft, in: .reader, "Left one character"),
    KeyBinding([key("l"), .right], .moveRight, in: .reader, "Right one character"),
    KeyBinding([.pageDown, .control("f")], .pageDown, in: .reader, "Down one screen"),
    KeyBinding([.pageUp, .control("b")], .pageUp, in: .reader, "Up one screen"),
    KeyBinding([key("g"), .home], .goToTop, in: .reader, "Start of the transcript"),
    KeyBinding([key("G"), .end], .goToBottom, in: .reader, "End of the transcript"),
    KeyBinding([key("0")], .lineStart, in: .reader, "Start of the row"),
    KeyBinding([key("$")], .lineEnd, in: .reader, "End of the row"),
    KeyBinding(
      [key("w")], .wordForward, in: .reader, "Next word (selecting: to the end of the word)"),
    KeyBinding([key("W")], .bigWordForward, in: .reader, "Next word, punctuation included"),
    KeyBinding([key("e")], .wordEnd, in: .reader, "End of the word"),
    KeyBinding([key("b")], .wordBackward, in: .reader, "Previous word"),
    KeyBinding(
      [key(")")], .sentenceForward, in: .reader,
      "Next sentence (selecting: to the end of the sentence)"),
    KeyBinding(
      [key("}")], .paragraphForward, in: .reader,
      "Next paragraph (selecting: to the end of the paragraph)"),
    KeyBinding([key("{")], .paragraphBackward, in: .reader, "Previous paragraph"),
    KeyBinding(
      [key("]")], .nextCodedSegment, in: .reader, "Next coded segment", hint: "next coded"),
    KeyBinding([key("[")], .previousCodedSegment, in: .reader, "Previous coded segment"),
    KeyBinding(
      [key("Q")], .jumpToQuestion, in: .reader, "Jump to a guide question", hint: "question"),
    KeyBinding(
      [key("a")], .selectAnswer, in: .reader, "Select the whole answer under the cursor",
      disabledReason: Availability.answerUnderCursor),
    KeyBinding(
      [key("i")], .showCursorPanel, in: .reader,
      "What is under the cursor: every coding covering it, with theme, coder, range and memo"),
    KeyBinding([key("/")], .search, in: .readerBrowsing, "Search the transcript"),
    KeyBinding(
      [key("n")], .nextMatch, in: .reader, "Next search match (selecting: extends to it)",
      disabledReason: Availability.searchMatches),
    KeyBinding(
      [key("N")], .previousMatch, in: .reader, "Previous search match",
      disabledReason: Availability.searchMatches),
  ]

  static let codingBindings: [KeyBinding] = [
    KeyBinding(
      [key("v")], .startSelection, in: .readerBrowsing, "Start a selection at the cursor",
      hint: "select"),
    KeyBinding(
      [key("c")], .codeSelection, in: .readerBrowsing,
      "Code the selection with an existing code", disabledReason: Availability.selection),
    KeyBinding(
      [key("x")], .removeCoding, in: .readerBrowsing, "Remove your coding under the cursor",
      disabledReason: Availability.codingUnderCursor),
    KeyBinding(
      [key("C")], .changeCoding, in: .readerBrowsing,
      "Change the code of your coding under the cursor (its memo stays)",
      disabledReason: Availability.codingUnderCursor),
    KeyBinding(
      [key("m")], .editMemo, in: .readerBrowsing,
      "Memo on your coding under the cursor (else on the transcript)",
      disabledReason: Availability.editing),
    KeyBinding(
      [key("c")], .codeSelection, in: .selecting, "Code the selection: pick a code", hint: "code",
      disabledReason: Availability.editing),
    KeyBinding(
      [key("+")], .newCodeFromSelection, in: .selecting,
      "New code from the selection, named from its words", hint: "new code",
      disabledReason: Availability.editing),
    KeyBinding(
      [key(".")], .repeatLastCode, in: .selecting, "Code the selection with the last code used",
      disabledReason: Availability.editing),
  ]
}
