import SarapCore

@testable import SarapEngine

/// Slow, obviously correct reference computations, for comparison with the engine's sweeps.
enum BruteForce {
  /// The codes a key covers: the code itself, or for a theme its whole subtree.
  static func covered(_ key: Code.ID, _ grouping: Grouping, _ codebook: Codebook) -> Set<Code.ID> {
    grouping == .code ? [key] : Set(codebook.subtree(of: key))
  }

  /// The figures of a key, from sets of ranges and of covered offsets.
  static func figures(
    _ key: Code.ID, _ grouping: Grouping, _ corpus: CodedCorpus, _ filter: SegmentFilter
  ) -> Figures {
    let codes = covered(key, grouping, corpus.project.codebook)
    let segments = corpus.segments.filter { filter.includes($0) && codes.contains($0.code) }
    var ranges = Set<String>()
    var offsets = Set<String>()
    for segment in segments {
      ranges.insert("\(segment.transcript) \(segment.range)")
      for offset in segment.range.offsets { offsets.insert("\(segment.transcript) \(offset)") }
    }
    return Figures(
      segments: ranges.count, codings: segments.count,
      transcripts: Set(segments.map(\.transcript)).count, characters: offsets.count)
  }

  /// The stretches of two keys in every transcript, by union-find over all pairs of segments.
  static func stretches(
    _ a: Code.ID, _ b: Code.ID, _ grouping: Grouping, _ corpus: CodedCorpus,
    near: (Segment, Segment) -> Bool
  ) -> CoOccurrenceCell {
    let codesA = covered(a, grouping, corpus.project.codebook)
    let codesB = covered(b, grouping, corpus.project.codebook)
    var cell = (both: 0, first: 0, second: 0)
    for transcript in corpus.transcripts {
      let segments = corpus.segments.filter {
        $0.transcript == transcript.id && (codesA.contains($0.code) || codesB.contains($0.code))
      }
      for group in components(segments, near: near) {
        let hasA = group.contains { codesA.contains($0.code) }
        let hasB = group.contains { codesB.contains($0.code) }
        if hasA { cell.first += 1 }
        if hasB { cell.second += 1 }
        if hasA && hasB { cell.both += 1 }
      }
    }
    return a == b
      ? CoOccurrenceCell(both: cell.first, first: cell.first, second: cell.first)
      : CoOccurrenceCell(both: cell.both, first: cell.first, second: cell.second)
  }

  private static func components(
    _ segments: [Segment], near: (Segment, Segment) -> Bool
  ) -> [[Segment]] {
    var parent = Array(segments.indices)
    func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
    for i in segments.indices {
      for j in segments.indices where i < j && near(segments[i], segments[j]) {
        parent[root(i)] = root(j)
      }
    }
    return Dictionary(grouping: segments.indices, by: root).values.map { $0.map { segments[$0] } }
  }

  /// The number of units (sets of keys present) in which both, the first, the second occur.
  static func units(_ units: [Set<Code.ID>], _ a: Code.ID, _ b: Code.ID) -> CoOccurrenceCell {
    CoOccurrenceCell(
      both: units.filter { $0.contains(a) && $0.contains(b) }.count,
      first: units.filter { $0.contains(a) }.count, second: units.filter { $0.contains(b) }.count)
  }
}
