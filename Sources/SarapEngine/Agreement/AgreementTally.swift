import SarapCore

/// Sums the agreement figures of every key over the transcripts in scope.
struct AgreementTally {
  let unit: AgreementUnit
  private var presence: [PresenceAgreement]
  private var segments: [SegmentAgreement]
  private var characters: [CharacterAgreement]
  private var units = 0

  init(keyCount: Int, unit: AgreementUnit) {
    self.unit = unit
    presence = Array(repeating: PresenceAgreement(), count: keyCount)
    segments = Array(repeating: SegmentAgreement(), count: keyCount)
    characters = Array(repeating: CharacterAgreement(), count: keyCount)
  }

  /// The units counted: answers or paragraphs, characters, or nil for segments.
  var unitCount: Int? {
    if case .segment = unit { return nil }
    return units
  }

  /// Adds one transcript: its keys' coded ranges and its units.
  mutating func add(_ coded: [Int: CoderRanges], units: [TextRange]) {
    switch unit {
    case .answer, .paragraph:
      self.units += units.count
      for key in presence.indices {
        let ranges = coded[key] ?? CoderRanges()
        presence[key] = presence[key] + Self.presence(ranges, units)
      }
    case .segment(let threshold):
      for (key, ranges) in coded {
        segments[key] = segments[key] + SegmentMatching(threshold: threshold).count(ranges)
      }
    case .character:
      let length = units.reduce(0) { $0 + $1.length }
      self.units += length
      for key in characters.indices {
        let ranges = coded[key] ?? CoderRanges()
        let coverage = CharacterCoverage(a: Array(ranges.a), b: Array(ranges.b))
        characters[key] =
          characters[key]
          + CharacterAgreement(
            aChars: coverage.aChars, bChars: coverage.bChars, bothChars: coverage.bothChars,
            allChars: length)
      }
    }
  }

  /// The figures of every key.
  func figures() -> [AgreementFigures] {
    switch unit {
    case .answer, .paragraph: presence.map { .presence($0) }
    case .segment: segments.map { .segments($0) }
    case .character: characters.map { .characters($0) }
    }
  }

  /// The presence table of one key over a transcript's units (sorted, not overlapping).
  private static func presence(_ ranges: CoderRanges, _ units: [TextRange]) -> PresenceAgreement {
    let inA = unitsOverlapped(by: ranges.a, units)
    let inB = unitsOverlapped(by: ranges.b, units)
    let both = inA.intersection(inB).count
    return PresenceAgreement(
      both: both, aOnly: inA.count - both, bOnly: inB.count - both,
      neither: units.count - inA.union(inB).count)
  }

  /// The positions of the units the ranges overlap (an empty range: the unit containing it).
  static func unitsOverlapped(by ranges: Set<TextRange>, _ units: [TextRange]) -> Set<Int> {
    var result: Set<Int> = []
    for range in ranges {
      var low = 0
      var high = units.count
      while low < high {
        let middle = (low + high) / 2
        if units[middle].end <= range.start { low = middle + 1 } else { high = middle }
      }
      var index = low
      while index < units.count {
        let unit = units[index]
        let hits = range.isEmpty ? unit.contains(offset: range.start) : unit.start < range.end
        guard hits else { break }
        result.insert(index)
        index += 1
      }
    }
    return result
  }
}
