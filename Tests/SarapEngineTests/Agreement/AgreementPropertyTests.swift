import SarapCore
import Testing

@testable import SarapEngine

/// Laws of agreement checked on seeded random projects of two coders.
@Suite("Agreement properties on random projects")
struct AgreementPropertyTests {
  static let seeds: [UInt64] = Array(0..<40)
  static let units: [AgreementUnit] = [
    .answer, .paragraph, .segment(threshold: 90), .segment(threshold: 50), .character,
  ]

  @Test("a coder agrees with itself: agreement 1, kappa and alpha 1 or undefined", arguments: seeds)
  func selfAgreement(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    for grouping in Grouping.allCases {
      for unit in Self.units {
        let report = corpus.agreement(between: "ana", and: "ana", by: grouping, unit: unit)
        for figures in report.rows.map(\.figures) + [report.pooled] where figures.isUsed {
          #expect(figures.agreement == 1)
          let kappa = report.kappa(figures)
          #expect(kappa == .value(1) || kappa.reason != nil)
          if let alpha = figures.presence?.alpha {
            #expect(alpha == .value(1) || alpha.reason != nil)
          }
        }
      }
    }
  }

  @Test("swapping A and B swaps the counts and changes no coefficient", arguments: seeds)
  func swapping(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    for grouping in Grouping.allCases {
      for unit in Self.units {
        let ab = corpus.agreement(between: "ana", and: "bob", by: grouping, unit: unit)
        let ba = corpus.agreement(between: "bob", and: "ana", by: grouping, unit: unit)
        #expect(ab.categories == ba.categories)
        for (x, y) in zip(
          ab.rows.map(\.figures) + [ab.pooled], ba.rows.map(\.figures) + [ba.pooled])
        {
          #expect(x == y.swapped)
          #expect(x.agreement == y.agreement)
          #expect(ab.kappa(x) == ba.kappa(y))
          #expect(x.presence?.alpha == y.presence?.alpha)
        }
      }
    }
  }

  @Test("presence counts agree with a brute-force scan of every unit", arguments: seeds)
  func presenceMatchesBruteForce(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    let report = corpus.agreement(between: "ana", and: "bob", by: .code, unit: .answer)
    for row in report.rows {
      var expected = PresenceAgreement()
      for transcript in corpus.transcripts {
        for answer in corpus.answers(of: transcript.id) {
          let coded = { (coder: Coder.ID) in
            corpus.segments.contains {
              $0.transcript == transcript.id && $0.code == row.key && $0.coder == coder
                && ($0.range.isEmpty
                  ? answer.range.contains(offset: $0.range.start)
                  : $0.range.intersection(answer.range) != nil)
            }
          }
          switch (coded("ana"), coded("bob")) {
          case (true, true): expected.both += 1
          case (true, false): expected.aOnly += 1
          case (false, true): expected.bOnly += 1
          case (false, false): expected.neither += 1
          }
        }
      }
      #expect(row.figures.presence == expected, "\(row.key)")
    }
  }
}
