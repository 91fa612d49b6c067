import SarapCore

/// A place where two coders differ on one code or theme: a unit only one of them coded, or a
/// stretch of segments that do not match.
public struct Disagreement: Hashable, Sendable {
  /// The transcript.
  public let transcript: Transcript.ID
  /// The place: the answer or paragraph, or the span of the unmatched segments.
  public let place: TextRange
  /// Coder A's ranges of the code or theme that overlap the place.
  public let a: [TextRange]
  /// Coder B's ranges that overlap the place.
  public let b: [TextRange]

  /// Creates a disagreement.
  public init(transcript: Transcript.ID, place: TextRange, a: [TextRange], b: [TextRange]) {
    self.transcript = transcript
    self.place = place
    self.a = a
    self.b = b
  }
}

extension CodedCorpus {
  /// Where two coders differ on a code or theme, in transcript and text order.
  ///
  /// For the answer and paragraph units: each unit exactly one of them coded. For segments: each
  /// stretch of overlapping segments holding an unmatched one (see ``AgreementUnit/segment(threshold:)``).
  /// For characters: each stretch of overlapping segments where the coded characters differ.
  public func disagreements(
    between a: Coder.ID, and b: Coder.ID, on key: Code.ID, by grouping: Grouping,
    unit: AgreementUnit, where filter: SegmentFilter = .all
  ) -> [Disagreement] {
    var filter = filter
    filter.coders = [a, b]
    guard let slot = keys(grouping).firstIndex(of: key) else { return [] }
    var result: [Disagreement] = []
    for transcript in transcriptSlots(where: filter) {
      let ranges =
        codedRanges(inTranscript: transcript, a, b, grouping, filter)[slot] ?? CoderRanges()
      let id = project.transcripts[transcript].id
      let places: [TextRange]
      switch unit {
      case .answer, .paragraph:
        let units = units(inTranscript: transcript, unit, filter)
        let inA = AgreementTally.unitsOverlapped(by: ranges.a, units)
        let inB = AgreementTally.unitsOverlapped(by: ranges.b, units)
        places = inA.symmetricDifference(inB).sorted().map { units[$0] }
      case .segment(let threshold):
        let matching = SegmentMatching(threshold: threshold)
        places = Self.stretches(of: ranges) { stretch in
          stretch.a.contains { !matching.isMatched($0, by: stretch.b) }
            || stretch.b.contains { !matching.isMatched($0, by: stretch.a) }
        }
      case .character:
        places = Self.stretches(of: ranges) { stretch in
          CharacterCoverage.merged(Array(stretch.a)) != CharacterCoverage.merged(Array(stretch.b))
        }
      }
      for place in places {
        result.append(
          Disagreement(
            transcript: id, place: place, a: ranges.a.filter { $0.touches(place) }.sorted(),
            b: ranges.b.filter { $0.touches(place) }.sorted()))
      }
    }
    return result
  }

  /// The spans of the stretches of overlapping ranges (either coder's) that `differs` picks.
  private static func stretches(
    of ranges: CoderRanges, where differs: (CoderRanges) -> Bool
  ) -> [TextRange] {
    let all = (ranges.a.map { ($0, true) } + ranges.b.map { ($0, false) }).sorted { $0.0 < $1.0 }
    var result: [TextRange] = []
    var stretch = CoderRanges()
    var span: TextRange?
    func close() {
      if let span, differs(stretch) { result.append(span) }
      stretch = CoderRanges()
    }
    for (range, isA) in all {
      if let current = span, range.start < current.end || range == current {
        span = TextRange(start: current.start, end: max(current.end, range.end))
      } else {
        close()
        span = range
      }
      if isA { stretch.a.insert(range) } else { stretch.b.insert(range) }
    }
    close()
    return result
  }
}

extension TextRange {
  /// Whether the range overlaps `place`, or is empty and lies inside it.
  func touches(_ place: TextRange) -> Bool {
    isEmpty ? place.contains(offset: start) || place == self : overlaps(place)
  }
}
