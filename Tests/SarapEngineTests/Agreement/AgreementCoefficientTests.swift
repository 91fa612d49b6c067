import Testing

@testable import SarapEngine

@Suite("Agreement coefficients, hand-computed")
struct AgreementCoefficientTests {
  @Test("Cohen's kappa and Krippendorff's alpha of a 2x2 table")
  func presenceTable() throws {
    // n = 10, po = 7/10, pA = 4/10, pB = 5/10, pe = .2 + .3 = .5, kappa = .2 / .5 = .4.
    // alpha: N = 20 values, n1 = 2*3 + 3 = 9, n0 = 2*4 + 3 = 11,
    // alpha = 1 - 19 * 3 / (9 * 11) = 42/99.
    let table = PresenceAgreement(both: 3, aOnly: 1, bOnly: 2, neither: 4)
    #expect(table.units == 10)
    #expect(table.agreement == 0.7)
    let kappa = try #require(table.kappa.value)
    #expect(abs(kappa - 0.4) < 1e-12)
    let alpha = try #require(table.alpha.value)
    #expect(abs(alpha - 42.0 / 99.0) < 1e-12)
  }

  @Test("no variation leaves kappa and alpha undefined, with the reason")
  func noVariation() {
    let neither = PresenceAgreement(neither: 5)
    #expect(neither.kappa == .undefined(.neitherCoded))
    #expect(neither.alpha == .undefined(.neitherCoded))
    #expect(neither.agreement == 1)
    let everywhere = PresenceAgreement(both: 5)
    #expect(everywhere.kappa == .undefined(.bothCodedEverything))
    #expect(everywhere.alpha == .undefined(.bothCodedEverything))
    #expect(PresenceAgreement().kappa == .undefined(.noUnits))
    #expect(PresenceAgreement().agreement == nil)
  }

  @Test("one coder silent: kappa 0, alpha from the formula")
  func oneCoderSilent() throws {
    // pB = 0: pe = 1 - pA = po, so kappa = 0. alpha: N = 6, n1 = 2, n0 = 4:
    // 1 - 5 * 2 / (2 * 4) = -0.25.
    let table = PresenceAgreement(aOnly: 2, neither: 1)
    #expect(table.kappa == .value(0))
    let alpha = try #require(table.alpha.value)
    #expect(abs(alpha + 0.25) < 1e-12)
  }

  @Test("Brennan and Prediger's kappa: (po - 1/k) / (1 - 1/k)")
  func brennanPrediger() throws {
    let segments = SegmentAgreement(aSegments: 3, bSegments: 2, aMatched: 1, bMatched: 1)
    #expect(segments.matched == 2)
    #expect(segments.aOnly == 2 && segments.bOnly == 1)
    #expect(segments.agreement == 0.4)
    let kappa = try #require(segments.kappa(categories: 3).value)
    #expect(abs(kappa - 0.1) < 1e-12)
    #expect(segments.kappa(categories: 1) == .undefined(.singleCategory))
    #expect(SegmentAgreement().kappa(categories: 3) == .undefined(.noSegments))
  }

  @Test("character overlap counts only text either coder coded; kappa over all text does not")
  func characters() throws {
    // 100 characters; A coded 10, B 20, 10 of them shared: overlap 10 / 20.
    // kappa: po = 90/100, pA = .1, pB = .2, pe = .02 + .72 = .74, kappa = .16 / .26.
    let chars = CharacterAgreement(aChars: 10, bChars: 20, bothChars: 10, allChars: 100)
    #expect(chars.overlap == .value(0.5))
    let kappa = try #require(chars.kappaAllText.value)
    #expect(abs(kappa - 0.16 / 0.26) < 1e-12)
    #expect(CharacterAgreement(allChars: 100).overlap == .undefined(.noCodedText))
  }
}
