import SarapCore
import Testing

@testable import SarapEngine

@Suite("Agreement by unit on a hand-made transcript")
struct AgreementUnitTests {
  @Test("answer unit, by code")
  func answersByCode() throws {
    let report = AgreementFixture.report(.answer)
    #expect(report.unitCount == 2)
    let russia = try #require(report.figures("russia.media")?.presence)
    #expect(russia == PresenceAgreement(both: 1, neither: 1))
    #expect(russia.kappa == .value(1) && russia.alpha == .value(1))
    // bob silent on china: po = .5, pA = .5, pB = 0, pe = .5: kappa 0; alpha 1 - 3 * 1 / 3 = 0.
    let china = try #require(report.figures("china.economy")?.presence)
    #expect(china == PresenceAgreement(aOnly: 1, neither: 1))
    #expect(china.kappa == .value(0) && china.alpha == .value(0))
    #expect(report.figures("west")?.presence == PresenceAgreement(both: 1, neither: 1))
    #expect(report.figures("turkey")?.presence?.kappa == .undefined(.neitherCoded))
    // Pooled over the three codes used: both 2, A only 1, neither 3. po = 5/6, pA = 1/2,
    // pB = 1/3, pe = 1/2: kappa 2/3. alpha: N = 12, n1 = 5, n0 = 7: 1 - 11 / 35.
    let pooled = try #require(report.pooled.presence)
    #expect(pooled == PresenceAgreement(both: 2, aOnly: 1, neither: 3))
    #expect(abs(try #require(pooled.kappa.value) - 2.0 / 3.0) < 1e-12)
    #expect(abs(try #require(pooled.alpha.value) - 24.0 / 35.0) < 1e-12)
  }

  @Test("answer unit, by theme: a theme counts the codes beneath it")
  func answersByTheme() throws {
    let report = AgreementFixture.report(.answer, by: .theme)
    #expect(report.rows.map(\.key) == ["russia", "china", "west", "turkey", "defence"])
    #expect(report.figures("russia")?.presence == PresenceAgreement(both: 1, neither: 1))
    #expect(report.figures("china")?.presence == PresenceAgreement(aOnly: 1, neither: 1))
  }

  @Test("paragraph unit: the second answer is two paragraphs")
  func paragraphs() throws {
    let report = AgreementFixture.report(.paragraph)
    #expect(report.unitCount == 3)
    #expect(report.figures("russia.media")?.presence == PresenceAgreement(both: 1, neither: 2))
    // po = 2/3, pA = 1/3, pB = 0, pe = 2/3: kappa 0. alpha: N = 6, n1 = 1, n0 = 5: 1 - 5/5 = 0.
    let china = try #require(report.figures("china.economy")?.presence)
    #expect(china == PresenceAgreement(aOnly: 1, neither: 2))
    #expect(china.kappa == .value(0) && china.alpha == .value(0))
    #expect(report.figures("west")?.presence == PresenceAgreement(both: 1, neither: 2))
  }

  @Test("segment unit at 90%: a segment is matched from its own side")
  func segments() throws {
    let report = AgreementFixture.report(.segment(threshold: 90))
    #expect(report.unitCount == nil)
    #expect(report.categories == 3)
    // ana's 12 lie inside bob's 16 (100% of ana's); bob's overlap ana's by 12/16 = 75%.
    let russia = try #require(report.figures("russia.media")?.segments)
    #expect(russia == SegmentAgreement(aSegments: 1, bSegments: 1, aMatched: 1, bMatched: 0))
    #expect(russia.agreement == 0.5)
    #expect(report.kappa(.segments(russia)) == .value(0.25))  // (.5 - 1/3) / (2/3)
    let china = try #require(report.figures("china.economy")?.segments)
    #expect(china == SegmentAgreement(aSegments: 1))
    #expect(abs(try #require(report.kappa(.segments(china)).value) + 0.5) < 1e-12)
    // bob's 5 lie inside ana's 15; ana's overlap bob's by 5/15.
    #expect(
      report.figures("west")?.segments
        == SegmentAgreement(aSegments: 1, bSegments: 1, aMatched: 0, bMatched: 1))
    #expect(report.kappa(report.figures("turkey")!) == .undefined(.noSegments))
    let pooled = try #require(report.pooled.segments)
    #expect(pooled.agreement == 0.4)
    #expect(abs(try #require(report.kappa(report.pooled).value) - 0.1) < 1e-12)
  }

  @Test("segment unit at 75%: bob's longer russia segment is matched too")
  func lowerThreshold() {
    let report = AgreementFixture.report(.segment(threshold: 75))
    #expect(report.figures("russia.media")?.segments?.matched == 2)
    #expect(report.figures("west")?.segments?.matched == 1)
  }

  @Test("character unit: overlap and Cohen's kappa over all text")
  func characters() throws {
    let report = AgreementFixture.report(.character)
    let length = AgreementFixture.text.text.unicodeScalars.count
    #expect(report.unitCount == length)
    let russia = try #require(report.figures("russia.media")?.characters)
    #expect(
      russia == CharacterAgreement(aChars: 12, bChars: 16, bothChars: 12, allChars: length))
    #expect(russia.overlap == .value(0.75))
    // n = length; both 12, B only 4, neither length - 16.
    let n = Double(length)
    let po = (12 + n - 16) / n
    let pe = (12 / n) * (16 / n) + (1 - 12 / n) * (1 - 16 / n)
    #expect(abs(try #require(russia.kappaAllText.value) - (po - pe) / (1 - pe)) < 1e-12)
    #expect(report.figures("china.economy")?.characters?.overlap == .value(0))
    let west = try #require(report.figures("west")?.characters)
    #expect(west.aChars == 15 && west.bChars == 5 && west.bothChars == 5)
    #expect(report.figures("turkey")?.characters?.overlap == .undefined(.noCodedText))
  }

  @Test("a coder with no codings at all: every used code is A only")
  func silentCoder() throws {
    let report = AgreementFixture.report(.answer, a: "ana", b: "nobody")
    for row in report.rows where row.figures.isUsed {
      let presence = try #require(row.figures.presence)
      #expect(presence.both == 0 && presence.bOnly == 0)
      #expect(presence.kappa == .value(0))
    }
    #expect(AgreementFixture.report(.segment(threshold: 90), a: "nobody", b: "ana").categories == 3)
  }

  @Test("questions narrow the units to those questions' answers")
  func questionScope() {
    let report = CodedCorpus(AgreementFixture.project).agreement(
      between: "ana", and: "bob", by: .code, unit: .answer,
      where: SegmentFilter(questions: ["Q2"]))
    #expect(report.unitCount == 1)
    #expect(report.figures("russia.media")?.presence == PresenceAgreement(neither: 1))
    #expect(report.figures("west")?.presence == PresenceAgreement(both: 1))
  }
}
