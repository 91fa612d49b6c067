/// Something the researcher asks the workbench to do, independent of the key that asks it.
///
/// The binding table (``KeyBinding/table``) maps keys to commands per context. Commands come in
/// families, one handler each; ``AppState/perform(_:now:)`` switches over the families and each
/// handler over its family's cases, so the compiler rejects a command nobody handles. Some
/// commands also have a typed `:` equivalent (``TypedCommand``), but not every key does.
public enum Command: Hashable, Sendable {
  /// Moving a cursor, a list selection or a scroll position.
  case motion(Motion)
  /// Switching screens, panes and modes; quitting; the undo history.
  case screen(ScreenCommand)
  /// Selecting, coding, memos and search matches in the reader.
  case coding(CodingCommand)
  /// Editing the code selected in the codebook.
  case codebook(CodebookCommand)
  /// Opening things and the retrieval screen.
  case retrieval(RetrievalCommand)
  /// The reports screen's choices and export.
  case report(ReportCommand)
  /// The guide-revisions and review screens.
  case revision(RevisionCommand)
  /// The agreement report's disagreements and settling them into the consensus coder.
  case agreement(AgreementCommand)
  /// The claims screen, a claim's evidence, and a retrieval turned into a claim.
  case claims(ClaimCommand)
  /// The anonymisation screen: deciding on candidates and applying the accepted ones.
  case anonymisation(AnonymisationCommand)
  /// The research journal: reading it, adding an entry, editing your last one.
  case journal(JournalCommand)
  /// Pickers, forms, the text editor, the command line and yes/no questions.
  case dialog(DialogCommand)

  /// Movements; what they move depends on the screen and the focused pane.
  public enum Motion: Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, moveLeft, moveRight
    case pageDown, pageUp, goToTop, goToBottom, lineStart, lineEnd
    case wordForward, bigWordForward, wordEnd, wordBackward
    case sentenceForward, paragraphForward, paragraphBackward
    case nextCodedSegment, previousCodedSegment
  }

  /// Screens, panes, modes, quitting and the undo history.
  public enum ScreenCommand: Hashable, Sendable, CaseIterable {
    case focusNextPane, focusPreviousPane
    case showRetrieval, showReports, showHelp, showGuideRevisions, showReview
    case openCommandLine, search, toggleLanguage
    case undo, redo
    case back, quit
  }

  /// Selecting and coding in the reader.
  public enum CodingCommand: Hashable, Sendable, CaseIterable {
    case startSelection, selectAnswer
    case codeSelection, newCodeFromSelection, removeCoding, changeCoding, editMemo
    case jumpToQuestion, nextMatch, previousMatch
    case showCursorPanel, repeatLastCode, codeWithSelectedCode
  }

  /// Codebook edits.
  public enum CodebookCommand: Hashable, Sendable, CaseIterable {
    case newCode, renameCode, editDefinition, moveCode, mergeCode, recolourCode, deleteCode
  }

  /// Opening (Enter) and retrieval.
  public enum RetrievalCommand: Hashable, Sendable, CaseIterable {
    case open, retrieveCode, addAndCode, addOrCode
  }

  /// Report choices and export.
  public enum ReportCommand: Hashable, Sendable, CaseIterable {
    case nextReport, frequencyReport, coOccurrenceReport, themeMatrixReport
    case switchGrouping, switchUnit, switchCoder, exportReport, editFilter
  }

  /// Guide revisions and the review of flagged codings.
  public enum RevisionCommand: Hashable, Sendable, CaseIterable {
    case previousRevisionPair, nextRevisionPair, showGuide, goToGuideQuestion
    case acceptFlagged, removeFlagged, moveStartLeft, moveStartRight, moveEndLeft, moveEndRight
  }

  /// The agreement report, its disagreements and settling them.
  public enum AgreementCommand: Hashable, Sendable, CaseIterable {
    case agreementReport, reviewDisagreements, openDisagreement
    case adoptA, adoptB, adoptBoth, adoptNeither
  }

  /// The claims screen and the claims made from retrievals.
  public enum ClaimCommand: Hashable, Sendable, CaseIterable {
    case showClaims, listEvidence, claimFromRetrieval
  }

  /// The anonymisation screen's decisions.
  public enum AnonymisationCommand: Hashable, Sendable, CaseIterable {
    case showAnonymisation, acceptCandidate, keepCandidate, rejectCandidate, showCandidate
    case splitCandidate, applyAnonymisation
  }

  /// The research journal's commands.
  public enum JournalCommand: Hashable, Sendable, CaseIterable {
    case showJournal, addJournalEntry, editJournalEntry
  }

  /// Inside pickers, forms, the text editor, the command line and yes/no questions.
  public enum DialogCommand: Hashable, Sendable, CaseIterable {
    case confirmChoice, nextChoice, previousChoice, nextField, previousField, saveText
    case answerYes, answerNo
  }
}

extension Command: CaseIterable {
  /// Every command, family by family.
  public static var allCases: [Command] {
    Motion.allCases.map(Command.motion) + ScreenCommand.allCases.map(Command.screen)
      + CodingCommand.allCases.map(Command.coding) + CodebookCommand.allCases.map(Command.codebook)
      + RetrievalCommand.allCases.map(Command.retrieval)
      + ReportCommand.allCases.map(Command.report)
      + RevisionCommand.allCases.map(Command.revision)
      + AgreementCommand.allCases.map(Command.agreement)
      + ClaimCommand.allCases.map(Command.claims)
      + AnonymisationCommand.allCases.map(Command.anonymisation)
      + JournalCommand.allCases.map(Command.journal)
      + DialogCommand.allCases.map(Command.dialog)
  }
}
