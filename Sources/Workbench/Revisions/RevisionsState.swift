import SarapCore
import SarapEngine

/// The guide-revisions and review screens' state: which revisions are compared, where the lists
/// are, and the range being adjusted.
public struct RevisionsState: Equatable, Sendable {
  /// The notes transcript revisions left on flagged codings (`Codebooks/review.txt`), read when
  /// the project is opened: they give the old text the review screen shows.
  public var notes: [ReviewNote]
  /// The newer revision the guide screen compares with the one before it (an index into the
  /// guide's revisions); nil for the latest.
  public var newerRevision: Int?
  /// The guide screen's first row shown.
  public var guideScroll: Int
  /// The question selected on the guide in force (an index into the latest revision's
  /// questions): Enter goes to it in the open transcript.
  public var guideQuestion = 0
  /// Whether the guide screen shows the guide in force rather than comparing two revisions
  /// (it always does while the guide has a single revision).
  public var showsGuideInForce: Bool = false
  /// The review screen's selected coding and scroll.
  public var review: ListPosition
  /// Lines the review screen is scrolled within the selected coding, when it is taller than
  /// the screen (PgDn, PgUp).
  public var reviewScroll: Int
  /// The range being adjusted for the selected coding; nil when not adjusting.
  public var adjusted: TextRange?
  /// A transcript revision (`:revise FILE`) sent to be saved; the review screen opens once it is.
  public var pending: PendingRevision?

  /// Creates the state.
  public init(notes: [ReviewNote] = []) {
    self.notes = notes
    self.newerRevision = nil
    self.guideScroll = 0
    self.review = ListPosition()
    self.reviewScroll = 0
    self.adjusted = nil
    self.pending = nil
  }
}

extension AppState {
  /// The codings awaiting review (their text changed since they were coded), in canonical order.
  public var reviewItems: [ReviewItem] { project.codingsAwaitingReview(notes: revisions.notes) }

  /// The review item selected on the review screen.
  var selectedReviewItem: ReviewItem? {
    let items = reviewItems
    return items.indices.contains(revisions.review.selected)
      ? items[revisions.review.selected] : nil
  }

  /// The pair of guide revisions the guide screen compares; nil with fewer than two revisions.
  var comparedRevisions: (old: GuideRevision, new: GuideRevision)? {
    let revisions = project.guide.revisions
    guard revisions.count >= 2 else { return nil }
    let newer = min(
      max(self.revisions.newerRevision ?? revisions.count - 1, 1), revisions.count - 1)
    return (revisions[newer - 1], revisions[newer])
  }
}
