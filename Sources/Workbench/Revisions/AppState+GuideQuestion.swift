import SarapCore

extension AppState {
  /// Whether the guide screen is up showing the guide in force (the only view while the guide
  /// has a single revision), where a question is selected.
  var showsGuideInForce: Bool {
    modes.contains(.guideRevisions)
      && (revisions.showsGuideInForce || comparedRevisions == nil)
  }

  /// Moves the guide in force's selected question, scrolling so that all of it shows.
  mutating func moveGuideQuestion(_ motion: Command.Motion) -> Outcome {
    guard let revision = project.guide.latest, !revision.questions.isEmpty else { return .none }
    let last = revision.questions.count - 1
    let page = 5
    var selected = revisions.guideQuestion
    switch motion {
    case .moveDown: selected += 1
    case .moveUp: selected -= 1
    case .pageDown: selected += page
    case .pageUp: selected -= page
    case .goToTop: selected = 0
    case .goToBottom: selected = last
    default: return .none
    }
    revisions.guideQuestion = min(max(0, selected), last)
    let layout = GuideScreen.questions(revision, width: max(1, size.width - 2))
    let start = layout.starts[revisions.guideQuestion]
    let end =
      revisions.guideQuestion < last
      ? layout.starts[revisions.guideQuestion + 1] - 1 : layout.words.rows.count
    let height = max(1, size.height - 4)
    if start < revisions.guideScroll {
      revisions.guideScroll = revisions.guideQuestion == 0 ? 0 : start
    } else if end > revisions.guideScroll + height {
      revisions.guideScroll = min(start, end - height)
    }
    return .redraw
  }

  /// Enter on the guide in force: the selected question in the open transcript, or why not.
  mutating func goToGuideQuestion() -> Outcome {
    guard let revision = project.guide.latest,
      revision.questions.indices.contains(revisions.guideQuestion),
      let document = reader.document
    else { return .none }
    let id = revision.questions[revisions.guideQuestion].id
    let wanted = QuestionIDFolding.fold(id.rawValue)
    guard
      document.turns.contains(where: {
        $0.question.map { QuestionIDFolding.fold($0.rawValue) } == wanted
      })
    else {
      status = .error("Question \(id) is not in \(document.transcriptID)")
      return .redraw
    }
    closeAllModes()
    jumpToQuestion(id)
    status = StatusMessage("\(id) in \(document.transcriptID)")
    return .redraw
  }
}
