extension AppState {
  /// Movement commands: what they move depends on the screen and the focused pane.
  mutating func performMotion(_ motion: Command.Motion) -> Outcome {
    switch mode {
    case .help: scrollHelp(motion)
    case .retrieval:
      retrieval.list = Self.moved(
        retrieval.list, motion, count: retrieval.hits.count, rows: visibleRows(forListIn: nil))
    case .reports where reports.kind == .agreement: return moveAgreementRow(motion)
    case .reports: scrollReport(motion)
    case .disagreements: return moveDisagreement(motion)
    case .claims: return moveClaim(motion)
    case .anonymisation: return moveAnonymisationGroup(motion)
    case .journal: return scrollJournal(motion)
    case .browsing, .selecting:
      switch focus {
      case .transcripts:
        transcriptList = Self.moved(
          transcriptList, motion, count: project.transcripts.count,
          rows: visibleRows(forListIn: .transcripts))
      case .codebook:
        codebookList = Self.moved(
          codebookList, motion, count: codebookRows.count, rows: visibleRows(forListIn: .codebook))
      case .reader: moveReader(motion)
      }
    case .guideRevisions: return scrollGuideRevisions(motion)
    case .review: return moveInReview(motion)
    case .picker, .newCode, .textEditor, .codebookEdit, .commandLine, .confirm, .coderPrompt:
      return .none
    }
    return .redraw
  }

  /// A list's selection after a movement command; pages by its visible rows.
  static func moved(_ position: ListPosition, _ motion: Command.Motion, count: Int, rows: Int)
    -> ListPosition
  {
    var list = position
    switch motion {
    case .moveDown: list.move(by: 1, count: count, visibleRows: rows)
    case .moveUp: list.move(by: -1, count: count, visibleRows: rows)
    case .pageDown: list.move(by: rows, count: count, visibleRows: rows)
    case .pageUp: list.move(by: -rows, count: count, visibleRows: rows)
    case .goToTop: list.select(0, count: count, visibleRows: rows)
    case .goToBottom: list.select(count - 1, count: count, visibleRows: rows)
    default: break
    }
    return list
  }

  /// The rows a list shows: a pane's list below its title, or a full-screen list.
  func visibleRows(forListIn pane: Pane?) -> Int {
    guard let layout = WorkbenchLayout.arrange(size) else { return 1 }
    switch pane {
    case .transcripts: return max(1, layout.transcripts.height - 1)
    case .codebook: return max(1, layout.codebook.height - 1)
    case .reader, nil: return max(1, (size.height - 4) / RetrievalLayout.rowsPerHit)
    }
  }

  private mutating func scrollHelp(_ motion: Command.Motion) {
    let page = max(1, size.height - 3)
    switch motion {
    case .moveDown: helpScroll += 1
    case .moveUp: helpScroll -= 1
    case .pageDown: helpScroll += page
    case .pageUp: helpScroll -= page
    case .goToTop: helpScroll = 0
    case .goToBottom: helpScroll = Int.max / 2
    default: break
    }
    helpScroll = max(0, min(helpScroll, HelpScreen.lineCount - page))
  }
}
