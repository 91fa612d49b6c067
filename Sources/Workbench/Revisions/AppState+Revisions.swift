import SarapCore
import SarapEngine

extension AppState {
  /// `V`: opens the guide-revisions screen at its top, comparing revisions (the guide in force
  /// when it has a single revision).
  mutating func showGuideRevisions() {
    revisions.guideScroll = 0
    revisions.guideQuestion = 0
    revisions.showsGuideInForce = false
    push(.guideRevisions)
  }

  /// Tab in the question picker (`Q`) opens the guide in force; on the guide screen it switches
  /// between the guide in force and the comparison of revisions.
  private mutating func showGuide() -> Outcome {
    if case .picker = mode {
      modes.removeLast()
      showGuideRevisions()
      revisions.showsGuideInForce = true
    } else {
      revisions.showsGuideInForce.toggle()
      revisions.guideScroll = 0
    }
    return .redraw
  }

  /// `F`: opens the review of flagged codings, saying so when none await.
  mutating func showReview() {
    revisions.adjusted = nil
    push(.review)
    if reviewItems.isEmpty { status = StatusMessage("No codings await review") }
  }

  /// The guide-revisions and review screens' own commands; nothing on any other screen.
  mutating func performRevisionCommand(_ command: Command.RevisionCommand) -> Outcome {
    switch (command, mode) {
    case (.previousRevisionPair, .guideRevisions), (.nextRevisionPair, .guideRevisions):
      let count = project.guide.revisions.count
      let current = revisions.newerRevision ?? count - 1
      let step = command == .nextRevisionPair ? 1 : -1
      revisions.newerRevision = min(max(current + step, 1), max(1, count - 1))
      revisions.guideScroll = 0
      return .redraw
    case (.showGuide, .guideRevisions): return showGuide()
    case (.goToGuideQuestion, .guideRevisions): return goToGuideQuestion()
    case (.showGuide, .picker(let picker)) where picker.purpose == .jumpToQuestion:
      return showGuide()
    case (.moveStartLeft, .review): return adjust(start: -1, end: 0)
    case (.moveStartRight, .review): return adjust(start: 1, end: 0)
    case (.moveEndLeft, .review): return adjust(start: 0, end: -1)
    case (.moveEndRight, .review): return adjust(start: 0, end: 1)
    case (.acceptFlagged, .review): return resolveSelected(remove: false)
    case (.removeFlagged, .review): return resolveSelected(remove: true)
    case (.previousRevisionPair, _), (.nextRevisionPair, _), (.moveStartLeft, _),
      (.moveStartRight, _), (.moveEndLeft, _), (.moveEndRight, _), (.acceptFlagged, _),
      (.removeFlagged, _), (.showGuide, _), (.goToGuideQuestion, _):
      return .none
    }
  }

  /// Scrolls the guide-revisions screen; the motions it has no use for do nothing.
  mutating func scrollGuideRevisions(_ motion: Command.Motion) -> Outcome {
    if showsGuideInForce { return moveGuideQuestion(motion) }
    let page = max(1, size.height - 4)
    switch motion {
    case .moveDown: revisions.guideScroll += 1
    case .moveUp: revisions.guideScroll -= 1
    case .pageDown: revisions.guideScroll += page
    case .pageUp: revisions.guideScroll -= page
    case .goToTop: revisions.guideScroll = 0
    case .goToBottom: revisions.guideScroll = Int.max / 2
    default: return .none
    }
    revisions.guideScroll = max(0, revisions.guideScroll)
    return .redraw
  }

  /// Moves the review screen's selection, dropping an unsaved adjustment.
  mutating func moveInReview(_ motion: Command.Motion) -> Outcome {
    let count = reviewItems.count
    let target: Int
    switch motion {
    case .moveDown: target = revisions.review.selected + 1
    case .moveUp: target = revisions.review.selected - 1
    case .goToTop: target = 0
    case .goToBottom: target = count - 1
    case .pageDown, .pageUp:
      let page = max(1, size.height - 5) * (motion == .pageDown ? 1 : -1)
      let height =
        selectedReviewItem.map {
          ReviewBlock($0, adjusted: revisions.adjusted, state: self, width: size.width)
            .height
        } ?? 0
      revisions.reviewScroll = max(0, min(revisions.reviewScroll + page, height - 1))
      return .redraw
    default: return .none
    }
    revisions.reviewScroll = 0
    revisions.review.select(
      target, count: count, visibleRows: ReviewScreen.visibleItems(height: size.height))
    revisions.adjusted = nil
    return .redraw
  }

  /// Enter on the review screen: accepts the selected coding.
  mutating func acceptSelectedReviewItem() -> Outcome { resolveSelected(remove: false) }

  /// Moves an edge of the selected coding's range by one character (not yet saved).
  private mutating func adjust(start: Int, end: Int) -> Outcome {
    guard let item = selectedReviewItem,
      let length = project.transcript(item.coding.transcript)?.body.scalarCount
    else { return .none }
    let range = revisions.adjusted ?? item.coding.range
    let newStart = min(max(0, range.start + start), length)
    let newEnd = min(max(newStart, range.end + end), length)
    revisions.adjusted = TextRange(start: min(newStart, newEnd), end: newEnd)
    return .redraw
  }

  /// Accepts (at the adjusted range, if any) or removes the selected coding, as one saved edit.
  private mutating func resolveSelected(remove: Bool) -> Outcome {
    guard let item = selectedReviewItem else { return .none }
    let key = item.coding.key.text
    let adjusted = revisions.adjusted
    revisions.adjusted = nil
    if remove { return .persist(.apply(item.removeEdit, summary: "review \(key): removed")) }
    guard let range = adjusted, range != item.coding.range else {
      return .persist(.apply(item.acceptEdit, summary: "review \(key): accepted"))
    }
    do {
      let edit = try item.adjustEdit(to: range, in: project)
      return .persist(
        .apply(edit, summary: "review \(key): adjusted to \(range.start)-\(range.end)"))
    } catch {
      status = .error(error.description)
      return .redraw
    }
  }
}

extension Availability {
  @Sendable static func flaggedCoding(_ state: AppState) -> String? {
    editing(state) ?? (state.selectedReviewItem == nil ? "No coding awaits review" : nil)
  }

  @Sendable static func guideComparison(_ state: AppState) -> String? {
    state.project.guide.revisions.count >= 2
      ? nil : "The guide has a single revision: nothing to compare"
  }

  @Sendable static func questionPicker(_ state: AppState) -> String? {
    guard case .picker(let picker) = state.mode, picker.purpose != .jumpToQuestion else {
      return nil
    }
    return "Tab shows the whole guide from the question picker (Q)"
  }

  @Sendable static func guideRevisionPair(_ state: AppState) -> String? {
    state.project.guide.revisions.count > 2 ? nil : "The guide has no other pair of revisions"
  }
}
