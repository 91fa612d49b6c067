import SarapCore
import SarapEngine

extension CodedCorpus {
  /// Searches as ``CodedCorpus/search(_:context:where:)`` does, on two cores: what `sarap
  /// search` runs, whose time is reading and matching every body.
  ///
  /// The transcripts the filter includes are split, in order, into two runs of about equal text
  /// (by length in scalars), each searched on a core of its own; the hits are the same and in the
  /// same order as one search's, the first run's first. A body read on demand is read on the
  /// core that searches it.
  ///
  /// - Throws: ``SearchError`` for an empty text or an invalid regular expression.
  public func searchOnTwoCores(
    _ pattern: SearchPattern, context: Int = 40, where filter: SegmentFilter = .all
  ) throws -> [SearchHit] {
    let included = project.transcripts.filter(filter.includes)
    let half = included.reduce(0) { $0 + $1.body.scalarCount } / 2
    var split = 0
    var length = 0
    while split < included.count, length < half {
      length += included[split].body.scalarCount
      split += 1
    }
    guard split > 0, split < included.count else {
      return try search(pattern, context: context, where: filter)
    }
    let (first, second) = (
      filter.narrowed(to: included[..<split].map(\.id)),
      filter.narrowed(to: included[split...].map(\.id))
    )
    let (hits, more) = try Concurrently.run(
      { try search(pattern, context: context, where: first) },
      { [self] in try search(pattern, context: context, where: second) })
    return hits + more
  }
}

extension SegmentFilter {
  /// The same filter over these transcripts only (all of which it already includes).
  fileprivate func narrowed(to transcripts: [Transcript.ID]) -> SegmentFilter {
    var narrowed = self
    narrowed.transcripts = Set(transcripts)
    return narrowed
  }
}
