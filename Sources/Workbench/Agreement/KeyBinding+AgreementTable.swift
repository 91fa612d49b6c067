import TerminalKit

extension KeyBinding {
  /// The agreement report's keys and the disagreements screen's.
  static let agreementBindings: [KeyBinding] = [
    KeyBinding(
      [key("4")], .agreementReport, in: .reports, "Agreement of two coders, lowest first"),
    KeyBinding(
      [.enter], .reviewDisagreements, in: .reports,
      "Agreement: list the selected code's disagreements",
      disabledReason: Availability.agreementShown),
    KeyBinding([key("j"), .down], .moveDown, in: .disagreements, "Next disagreement"),
    KeyBinding([key("k"), .up], .moveUp, in: .disagreements, "Previous disagreement"),
    KeyBinding([key("g"), .home], .goToTop, in: .disagreements, "First disagreement"),
    KeyBinding([key("G"), .end], .goToBottom, in: .disagreements, "Last disagreement"),
    KeyBinding(
      [.enter], .openDisagreement, in: .disagreements,
      "Open the place in the reader, both coders' stripes side by side", hint: "reader"),
    KeyBinding(
      [key("a")], .adoptA, in: .disagreements, "Consensus takes coder A's codings here",
      hint: "adopt A", disabledReason: Availability.disagreement),
    KeyBinding(
      [key("b")], .adoptB, in: .disagreements, "Consensus takes coder B's codings here",
      hint: "adopt B", disabledReason: Availability.disagreement),
    KeyBinding(
      [key("m")], .adoptBoth, in: .disagreements, "Consensus takes both coders' codings here",
      hint: "both", disabledReason: Availability.disagreement),
    KeyBinding(
      [key("n")], .adoptNeither, in: .disagreements, "Consensus leaves the place uncoded",
      hint: "neither", disabledReason: Availability.disagreement),
  ]
}
