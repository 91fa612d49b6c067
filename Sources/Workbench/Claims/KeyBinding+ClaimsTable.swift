import TerminalKit

extension KeyBinding {
  /// The claims screen's keys, and the retrieval screen's key that turns a query into a claim.
  static let claimsBindings: [KeyBinding] = [
    KeyBinding([key("j"), .down], .moveDown, in: .claims, "Next claim"),
    KeyBinding([key("k"), .up], .moveUp, in: .claims, "Previous claim"),
    KeyBinding([.pageDown], .pageDown, in: .claims, "Down one screen"),
    KeyBinding([.pageUp], .pageUp, in: .claims, "Up one screen"),
    KeyBinding([key("g"), .home], .goToTop, in: .claims, "First claim"),
    KeyBinding([key("G"), .end], .goToBottom, in: .claims, "Last claim"),
    KeyBinding(
      [.enter], .listEvidence, in: .claims,
      "List the claim's evidence (Enter there jumps to a segment)", hint: "evidence",
      disabledReason: Availability.claimSelected),
    KeyBinding(
      [key("n")], .claimFromRetrieval, in: .retrieval,
      "Turn the query into a claim: type its wording", hint: "claim",
      disabledReason: Availability.newClaim),
  ]
}
