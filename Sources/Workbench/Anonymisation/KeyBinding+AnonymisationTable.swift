import TerminalKit

extension KeyBinding {
  /// The anonymisation screen's keys (`k` keeps, so only the arrows move up).
  static let anonymisationBindings: [KeyBinding] = [
    KeyBinding([key("j"), .down], .moveDown, in: .anonymisation, "Next text"),
    KeyBinding([.up], .moveUp, in: .anonymisation, "Previous text"),
    KeyBinding([.pageDown], .pageDown, in: .anonymisation, "Down one screen"),
    KeyBinding([.pageUp], .pageUp, in: .anonymisation, "Up one screen"),
    KeyBinding([key("g"), .home], .goToTop, in: .anonymisation, "First text"),
    KeyBinding([key("G"), .end], .goToBottom, in: .anonymisation, "Last text"),
    KeyBinding(
      [key("a")], .acceptCandidate, in: .anonymisation,
      "Accept: replace the text everywhere with a pseudonym (suggested, editable)",
      hint: "accept"),
    KeyBinding(
      [key("k")], .keepCandidate, in: .anonymisation, "Keep the text: it identifies no one",
      hint: "keep"),
    KeyBinding(
      [key("x")], .rejectCandidate, in: .anonymisation, "Reject: the rule was wrong",
      hint: "reject"),
    KeyBinding(
      [.enter], .showCandidate, in: .anonymisation,
      "Show it in the reader (n/N there: each occurrence; Enter again: the next transcript)",
      hint: "show"),
    KeyBinding(
      [key("s")], .splitCandidate, in: .anonymisation,
      "Split: one row per transcript, each with its own decision", hint: "split"),
    KeyBinding(
      [key("A")], .applyAnonymisation, in: .anonymisation,
      "Apply: replace every accepted text (one undoable edit)", hint: "apply",
      disabledReason: Availability.editing),
  ]
}
