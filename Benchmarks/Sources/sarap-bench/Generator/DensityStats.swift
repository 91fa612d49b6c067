import SarapCore

/// The coding density of a project, to show that a synthetic project reproduces the bundled one:
/// codings per 1,000 characters, codes per segment (codings sharing one range) and the share of
/// codings that overlap a coding of a different range.
struct DensityStats: Codable, Sendable {
  var transcripts: Int
  var characters: Int
  var codings: Int
  var segments: Int
  var codingsPer1000Characters: Double
  var codesPerSegment: Double
  var overlappingShare: Double

  /// Measures a project.
  init(_ project: Project) {
    transcripts = project.transcripts.count
    characters = project.transcripts.reduce(0) { $0 + $1.body.scalarCount }
    codings = project.codings.count
    var byTranscript: [Transcript.ID: [Coding]] = [:]
    for coding in project.codings { byTranscript[coding.transcript, default: []].append(coding) }
    var segments = 0
    var overlapping = 0
    for (_, list) in byTranscript {
      let sorted = list.sorted { $0.range < $1.range }
      segments += Set(sorted.map(\.range)).count
      overlapping += Self.overlappingCount(sorted)
    }
    self.segments = segments
    codingsPer1000Characters = characters == 0 ? 0 : Double(codings) * 1000 / Double(characters)
    codesPerSegment = segments == 0 ? 0 : Double(codings) / Double(segments)
    overlappingShare = codings == 0 ? 0 : Double(overlapping) / Double(codings)
  }

  /// How many of the codings (sorted by range) overlap a coding with a different range.
  private static func overlappingCount(_ sorted: [Coding]) -> Int {
    let longest = sorted.map(\.range.length).max() ?? 0
    var count = 0
    for (index, coding) in sorted.enumerated() {
      var found = false
      var other = index - 1
      while !found, other >= 0, sorted[other].range.start + longest > coding.range.start {
        found = Self.overlapsDifferently(sorted[other], coding)
        other -= 1
      }
      other = index + 1
      while !found, other < sorted.count, sorted[other].range.start < coding.range.end {
        found = Self.overlapsDifferently(sorted[other], coding)
        other += 1
      }
      if found { count += 1 }
    }
    return count
  }

  private static func overlapsDifferently(_ a: Coding, _ b: Coding) -> Bool {
    a.range != b.range && a.range.overlaps(b.range)
  }

  /// One line for the generator's log.
  var summary: String {
    "\(transcripts) transcripts, \(characters) characters, \(codings) codings "
      + "(\(format(codingsPer1000Characters)) per 1,000 characters), \(segments) segments "
      + "(\(format(codesPerSegment)) codes per segment), "
      + "\(format(overlappingShare * 100))% of codings overlap another range"
  }

  private func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return String(rounded)
  }
}
