/// Something the researcher asks the workbench to do, independent of the key that asks it.
///
/// The binding table (``KeyBinding/table``) maps keys to commands per context; the `:` command
/// line maps words to the same commands, so every key has a typed equivalent.
public enum Command: String, Hashable, Sendable, CaseIterable {
  // MARK: - Moving
  case moveDown, moveUp, moveLeft, moveRight
  case pageDown, pageUp, goToTop, goToBottom, lineStart, lineEnd
  case wordForward, bigWordForward, wordEnd, wordBackward
  case sentenceForward, paragraphForward, paragraphBackward
  case nextCodedSegment, previousCodedSegment
  case jumpToQuestion
  case focusNextPane, focusPreviousPane
  case open

  // MARK: - Selecting and coding
  case startSelection, selectAnswer
  case codeSelection, newCodeFromSelection, removeCoding, changeCoding, editMemo

  // MARK: - Searching
  case search, nextMatch, previousMatch

  // MARK: - Codebook
  case newCode, renameCode, editDefinition, moveCode, mergeCode, recolourCode, deleteCode

  // MARK: - History
  case undo, redo

  // MARK: - Screens
  case showRetrieval, showReports, showHelp, openCommandLine, toggleLanguage
  case back, quit

  // MARK: - Retrieval
  case retrieveCode, addAndCode, addOrCode

  // MARK: - Reports
  case nextReport, frequencyReport, coOccurrenceReport, themeMatrixReport
  case switchGrouping, switchUnit, switchCoder, exportReport

  // MARK: - Revisions
  case showGuideRevisions, showReview, previousRevisionPair, nextRevisionPair
  case acceptFlagged, removeFlagged, moveStartLeft, moveStartRight, moveEndLeft, moveEndRight

  // MARK: - Dialogs
  case confirmChoice, nextChoice, previousChoice, nextField, previousField, saveText
  case answerYes, answerNo
}
