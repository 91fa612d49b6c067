import TerminalKit

extension KeyBinding {
  /// The keys of the guide-revisions and review screens, and the two global keys opening them.
  static let revisionBindings: [KeyBinding] = [
    KeyBinding(
      [key("V")], .showGuideRevisions, in: .global,
      "Guide revisions: two revisions side by side, changes and notes"),
    KeyBinding(
      [key("F")], .showReview, in: .global,
      "Review codings flagged by a transcript revision (accept, adjust, remove)"),
    KeyBinding(
      [key("j"), .down], .moveDown, in: .guideRevisions, "Scroll down (the guide: next question)"),
    KeyBinding(
      [key("k"), .up], .moveUp, in: .guideRevisions, "Scroll up (the guide: previous question)"),
    KeyBinding([.pageDown], .pageDown, in: .guideRevisions, "Down one screen"),
    KeyBinding([.pageUp], .pageUp, in: .guideRevisions, "Up one screen"),
    KeyBinding([key("g"), .home], .goToTop, in: .guideRevisions, "First question"),
    KeyBinding([key("G"), .end], .goToBottom, in: .guideRevisions, "Last question"),
    KeyBinding(
      [key("[")], .previousRevisionPair, in: .guideRevisions, "Compare the revisions before",
      hint: "earlier", disabledReason: Availability.guideRevisionPair),
    KeyBinding(
      [key("]")], .nextRevisionPair, in: .guideRevisions, "Compare the revisions after",
      hint: "later", disabledReason: Availability.guideRevisionPair),
    KeyBinding(
      [.tab], .showGuide, in: .guideRevisions,
      "The guide in force, every question with its translation; again: compare revisions",
      hint: "guide/compare", disabledReason: Availability.guideComparison),
    KeyBinding(
      [.enter], .goToGuideQuestion, in: .guideRevisions,
      "The guide: go to the selected question in the open transcript", hint: "go to",
      disabledReason: Availability.guideQuestion),
    KeyBinding(
      [.tab], .showGuide, in: .picker, "Question picker (Q): the whole guide, with translations",
      disabledReason: Availability.questionPicker),
    KeyBinding([key("j"), .down], .moveDown, in: .review, "Next flagged coding"),
    KeyBinding([key("k"), .up], .moveUp, in: .review, "Previous flagged coding"),
    KeyBinding([key("g"), .home], .goToTop, in: .review, "First flagged coding"),
    KeyBinding([key("G"), .end], .goToBottom, in: .review, "Last flagged coding"),
    KeyBinding([.pageDown], .pageDown, in: .review, "Scroll down a change taller than the screen"),
    KeyBinding(
      [.pageUp], .pageUp, in: .review, "Scroll up a change taller than the screen",
      disabledReason: { $0.revisions.reviewScroll == 0 ? "At the top of this change" : nil }),
    KeyBinding(
      [key("a"), .enter], .acceptFlagged, in: .review,
      "Accept the coding at its proposed (or adjusted) range", hint: "accept",
      disabledReason: Availability.flaggedCoding),
    KeyBinding(
      [key("x")], .removeFlagged, in: .review, "Remove the coding (u undoes)", hint: "remove",
      disabledReason: Availability.flaggedCoding),
    KeyBinding(
      [key("[")], .moveStartLeft, in: .review, "Adjust: start one character earlier",
      hint: "start", disabledReason: Availability.flaggedCoding),
    KeyBinding(
      [key("]")], .moveStartRight, in: .review, "Adjust: start one character later",
      disabledReason: Availability.flaggedCoding),
    KeyBinding(
      [key("{")], .moveEndLeft, in: .review, "Adjust: end one character earlier",
      disabledReason: Availability.flaggedCoding),
    KeyBinding(
      [key("}")], .moveEndRight, in: .review, "Adjust: end one character later", hint: "end",
      disabledReason: Availability.flaggedCoding),
  ]
}
