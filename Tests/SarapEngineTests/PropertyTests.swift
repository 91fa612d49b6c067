import SarapCore
import Testing

@testable import SarapEngine

/// Properties checked on seeded random projects, against brute-force references.
@Suite("Report properties on random projects")
struct PropertyTests {
  static let seeds: [UInt64] = Array(0..<60)
  static let filters: [SegmentFilter] = [.all, SegmentFilter(coders: ["ana"])]
  static let units: [CoOccurrenceUnit] = [
    .overlap, .near(.characters(0)), .near(.characters(7)), .near(.paragraphs(0)),
    .near(.paragraphs(1)), .answer, .transcript,
  ]

  @Test("co-occurrence tables are symmetric and c-coefficients lie in 0...1", arguments: seeds)
  func symmetric(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    for grouping in Grouping.allCases {
      for unit in Self.units {
        let report = corpus.coOccurrence(by: grouping, unit: unit)
        for a in report.keys.indices {
          for b in report.keys.indices {
            let cell = report[a, b]
            let mirror = report[b, a]
            #expect(cell.both == mirror.both && cell.first == mirror.second)
            #expect(cell.both <= min(cell.first, cell.second))
            #expect((0...1).contains(cell.coefficient))
          }
        }
      }
    }
  }

  @Test("stretch units agree with union-find over all pairs", arguments: seeds)
  func stretchesMatchBruteForce(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    let paragraphs = ParagraphIndex(corpus.project)
    let relations: [(CoOccurrenceUnit, (Segment, Segment) -> Bool)] = [
      (.overlap, { $0.range.overlaps($1.range) }),
      (.near(.characters(0)), { gap($0.range, $1.range) <= 0 }),
      (.near(.characters(7)), { gap($0.range, $1.range) <= 7 }),
      (.near(.paragraphs(0)), { paragraphs.distance($0, $1) <= 0 }),
      (.near(.paragraphs(1)), { paragraphs.distance($0, $1) <= 1 }),
    ]
    for grouping in Grouping.allCases {
      for (unit, near) in relations {
        let report = corpus.coOccurrence(by: grouping, unit: unit)
        for (i, a) in report.keys.enumerated() {
          for (j, b) in report.keys.enumerated() where i <= j {
            let expected = BruteForce.stretches(a, b, grouping, corpus, near: near)
            #expect(report[i, j] == expected, "\(unit) \(a) \(b) seed \(seed)")
          }
        }
      }
    }
  }

  @Test("answer and transcript units agree with sets of keys per unit", arguments: seeds)
  func fixedUnitsMatchBruteForce(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    for grouping in Grouping.allCases {
      for unit in [CoOccurrenceUnit.answer, .transcript] {
        let units = keySets(corpus, grouping, perAnswer: unit == .answer)
        let report = corpus.coOccurrence(by: grouping, unit: unit)
        #expect(report.unitCount == units.count)
        for (i, a) in report.keys.enumerated() {
          for (j, b) in report.keys.enumerated() {
            #expect(report[i, j] == BruteForce.units(units, a, b), "\(unit) \(a) \(b)")
          }
        }
      }
    }
  }

  @Test("a theme's figures are the union of its codes' segments", arguments: seeds)
  func frequencyMatchesBruteForce(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    for filter in Self.filters {
      for grouping in Grouping.allCases {
        for row in corpus.frequency(by: grouping, where: filter).rows {
          #expect(row.figures == BruteForce.figures(row.key, grouping, corpus, filter))
        }
      }
    }
  }

  @Test("totals agree across frequency, matrix, tidy export and breakdowns", arguments: seeds)
  func totalsAgree(seed: UInt64) {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    for filter in Self.filters {
      let tidy = corpus.tidy(where: filter)
      for grouping in Grouping.allCases {
        let frequency = corpus.frequency(by: grouping, where: filter)
        let counts = corpus.matrix(by: grouping, where: filter)
        let presence = corpus.matrix(by: grouping, cell: .presence, where: filter)
        #expect(counts.columnTotals == frequency.rows.map(\.figures.segments))
        #expect(presence.columnTotals == frequency.rows.map(\.figures.transcripts))
        #expect(counts.grandTotal == counts.rowTotals.reduce(0, +))
        for (index, row) in frequency.rows.enumerated() {
          let rows = tidy.rows.filter { corpus.slot(of: $0.segment, grouping) == index }
          #expect(rows.count == row.figures.codings)
          #expect(
            Set(rows.map { "\($0.segment.transcript) \($0.segment.range)" }).count
              == row.figures.segments)
        }
        for breakdown in [Breakdown.question, .attribute("sector")] {
          let split = corpus.frequency(by: grouping, breakdown: breakdown, where: filter)
          for row in split.rows {
            #expect(row.groups.map(\.segments).reduce(0, +) == row.figures.segments)
            #expect(row.groups.map(\.codings).reduce(0, +) == row.figures.codings)
          }
        }
      }
    }
  }

  @Test("A AND B retrieves the segments of either that overlap both", arguments: seeds)
  func retrievalMatchesBruteForce(seed: UInt64) throws {
    let corpus = CodedCorpus(RandomProject.make(seed: seed))
    let codebook = corpus.project.codebook
    for a in corpus.themes {
      for b in corpus.codes where a != b {
        let hits = corpus.retrieve(try Query.parse("\(a) AND \(b)", in: codebook))
        let inA = Set(codebook.subtree(of: a))
        let inB = Set(codebook.subtree(of: b))
        let expected = corpus.segments.filter { segment in
          let same = corpus.segments.filter { $0.transcript == segment.transcript }
          return (inA.contains(segment.code) || inB.contains(segment.code))
            && same.contains { inA.contains($0.code) && $0.range.overlaps(segment.range) }
            && same.contains { inB.contains($0.code) && $0.range.overlaps(segment.range) }
        }
        let distinct = Set(expected.map { "\($0.transcript) \($0.range)" })
        #expect(Set(hits.map { "\($0.transcript) \($0.range)" }) == distinct)
        #expect(hits.count == distinct.count)
      }
    }
  }

  private func gap(_ x: TextRange, _ y: TextRange) -> Int {
    max(x.start, y.start) - min(x.end, y.end)
  }

  /// The keys present in each unit: each answer of each transcript, or each transcript.
  private func keySets(_ corpus: CodedCorpus, _ grouping: Grouping, perAnswer: Bool) -> [Set<
    Code.ID
  >] {
    var units: [Set<Code.ID>] = []
    for transcript in corpus.transcripts {
      let segments = corpus.segments.filter { $0.transcript == transcript.id }
      let key = { (segment: Segment) in grouping == .code ? segment.code : segment.theme }
      guard perAnswer else {
        units.append(Set(segments.map(key)))
        continue
      }
      for answer in transcript.answers {
        units.append(
          Set(
            segments.filter {
              $0.range.overlaps(answer.range)
                || ($0.range.isEmpty && answer.range.contains(offset: $0.range.start))
            }.map(key)))
      }
    }
    return units
  }
}

/// Paragraph indices counted the slow way: blank-line paragraph starts before an offset.
private struct ParagraphIndex {
  let scalars: [Transcript.ID: [Unicode.Scalar]]

  init(_ project: Project) {
    scalars = Dictionary(uniqueKeysWithValues: project.transcripts.map { ($0.id, $0.body.scalars) })
  }

  func paragraph(_ transcript: Transcript.ID, _ offset: Int) -> Int {
    let text = scalars[transcript] ?? []
    return (0...offset).filter { i in
      i >= 2 && i < text.count && text[i - 1] == "\n" && text[i - 2] == "\n" && text[i] != "\n"
    }.count
  }

  func distance(_ x: Segment, _ y: Segment) -> Int {
    let xs = paragraph(x.transcript, x.range.start)
    let xe = paragraph(x.transcript, max(x.range.start, x.range.end - 1))
    let ys = paragraph(y.transcript, y.range.start)
    let ye = paragraph(y.transcript, max(y.range.start, y.range.end - 1))
    return max(0, max(xs, ys) - min(xe, ye))
  }
}
