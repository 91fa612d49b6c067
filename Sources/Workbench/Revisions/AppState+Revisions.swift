import SarapCore
import SarapEngine

extension AppState {
  /// The guide-revisions and review screens' commands; nil for a command they do not handle.
  mutating func performRevisionCommand(_ command: Command) -> Outcome? {
    switch command {
    case .showGuideRevisions:
      revisions.guideScroll = 0
      push(.guideRevisions)
      return .redraw
    case .showReview:
      revisions.adjusted = nil
      push(.review)
      if reviewItems.isEmpty { status = StatusMessage("No codings await review") }
      return .redraw
    default: break
    }
    switch mode {
    case .guideRevisions: return performGuideRevisionsCommand(command)
    case .review: return performReviewCommand(command)
    default: return nil
    }
  }

  private mutating func performGuideRevisionsCommand(_ command: Command) -> Outcome? {
    let page = max(1, size.height - 4)
    switch command {
    case .moveDown: revisions.guideScroll += 1
    case .moveUp: revisions.guideScroll -= 1
    case .pageDown: revisions.guideScroll += page
    case .pageUp: revisions.guideScroll -= page
    case .goToTop: revisions.guideScroll = 0
    case .goToBottom: revisions.guideScroll = Int.max / 2
    case .previousRevisionPair, .nextRevisionPair:
      let count = project.guide.revisions.count
      let current = revisions.newerRevision ?? count - 1
      let step = command == .nextRevisionPair ? 1 : -1
      revisions.newerRevision = min(max(current + step, 1), max(1, count - 1))
      revisions.guideScroll = 0
    default: return nil
    }
    revisions.guideScroll = max(0, revisions.guideScroll)
    return .redraw
  }

  private mutating func performReviewCommand(_ command: Command) -> Outcome? {
    let count = reviewItems.count
    let visible = ReviewScreen.visibleItems(height: size.height)
    switch command {
    case .moveDown, .moveUp, .goToTop, .goToBottom:
      let target =
        switch command {
        case .moveDown: revisions.review.selected + 1
        case .moveUp: revisions.review.selected - 1
        case .goToTop: 0
        default: count - 1
        }
      revisions.review.select(target, count: count, visibleRows: visible)
      revisions.adjusted = nil
      return .redraw
    case .moveStartLeft: return adjust(start: -1, end: 0)
    case .moveStartRight: return adjust(start: 1, end: 0)
    case .moveEndLeft: return adjust(start: 0, end: -1)
    case .moveEndRight: return adjust(start: 0, end: 1)
    case .acceptFlagged, .confirmChoice: return resolveSelected(remove: false)
    case .removeFlagged: return resolveSelected(remove: true)
    default: return nil
    }
  }

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

  @Sendable static func guideRevisionPair(_ state: AppState) -> String? {
    state.project.guide.revisions.count > 2 ? nil : "The guide has no other pair of revisions"
  }
}
