import SarapCore
import Testing

@Suite("Claims ledger")
struct ClaimLedgerTests {
  func claim(_ id: Claim.ID) -> Claim { Claim(id: id, query: "russia", quantifier: .word("most")) }

  @Test("claims are kept in id order with digit runs compared as numbers")
  func naturalOrder() {
    var ledger = ClaimLedger(claims: ["C10", "C2", "B1", "C1"].map(claim))
    #expect(ledger.claims.map(\.id) == ["B1", "C1", "C2", "C10"])
    let inserted = ledger.insert(claim("C9"))
    let again = ledger.insert(claim("C9"))
    #expect(inserted && !again)
    #expect(ledger.claims.map(\.id) == ["B1", "C1", "C2", "C9", "C10"])
    #expect(ledger.nextID == "C11")
    let removed = ledger.remove("C2")
    let removedAgain = ledger.remove("C2")
    #expect(removed?.id == "C2" && removedAgain == nil)
    #expect(ClaimLedger().nextID == "C1")
  }

  @Test("the project's words override the built-in thresholds")
  func thresholds() {
    let ledger = ClaimLedger(quantifiers: [QuantifierDefinition(word: "most", threshold: .over(60))]
    )
    #expect(ledger.threshold(for: "most") == .over(60))
    #expect(ledger.threshold(for: "several") == .atLeast(3))
    #expect(ledger.threshold(for: "all") == .share(100))
    #expect(ledger.threshold(for: "none") == .atMost(0))
    #expect(ledger.threshold(for: "lots") == nil)
  }

  @Test(
    "quantifiers are read from their written form and written back the same",
    arguments: [
      "all", "most", "few", "at-least 4", "at-most 0", "exactly 2", "share 40", "over 50",
      "more-than C3",
    ])
  func quantifierText(text: String) throws {
    #expect(try #require(Quantifier(text)).description == text)
  }

  @Test(
    "malformed quantifiers are refused",
    arguments: [
      "", "Most", "at-least", "at-least x", "share 101", "over 100", "more-than", "two words",
      "at-least -1",
    ])
  func malformedQuantifier(text: String) {
    #expect(Quantifier(text) == nil)
  }

  @Test("replacing the claims is undone by its inverse, and refused when stale")
  func replaceClaims() throws {
    var project = Project()
    let new = ClaimLedger(claims: [claim("C1")])
    let inverse = try project.apply(.replaceClaims(old: ClaimLedger(), new: new))
    #expect(project.claims == new)
    try project.apply(inverse)
    #expect(project.claims == ClaimLedger())
    #expect(throws: ProjectError.self) {
      try project.apply(.replaceClaims(old: new, new: ClaimLedger()))
    }
  }
}
