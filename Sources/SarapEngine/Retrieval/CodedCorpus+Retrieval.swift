import SarapCore

// MARK: - Retrieval

extension CodedCorpus {
  /// Retrieves the coded segments a query describes.
  ///
  /// A segment *carries* a code when its own code is that code or lies beneath it. A segment
  /// *touches* a code when it overlaps or coincides with a segment, in the same transcript, that
  /// carries it (a segment carrying a code touches it). A segment satisfies the query when the
  /// query is true with each code read as "touches". The hits are the satisfying segments that
  /// carry a code the query names un-negated, so `russia AND education` retrieves the Russia
  /// segments that overlap an education segment and the education segments that overlap a Russia
  /// segment; when every code is negated (`NOT russia`), every satisfying segment is a hit.
  /// Segments with the same transcript and range are one hit.
  ///
  /// - Parameters:
  ///   - query: The query, parsed with ``Query/parse(_:in:)``.
  ///   - filter: Restricts which transcripts and codings are looked at (both hits and the
  ///     segments they must touch).
  /// - Returns: The hits, in transcript order, then by range.
  public func retrieve(_ query: Query, where filter: SegmentFilter = .all) -> [RetrievalHit] {
    let terms = query.terms
    let carriers = Dictionary(
      terms.map { ($0.code, Set(project.codebook.subtree(of: $0.code))) }
    ) { first, _ in first }
    let positive = Set(terms.filter(\.positive).map(\.code))
    let wanted =
      positive.isEmpty
      ? nil
      : positive.reduce(into: Set<Code.ID>()) {
        $0.formUnion(carriers[$1] ?? [])
      }
    var hits: [RetrievalHit] = []
    for slot in transcriptSlots(where: filter) {
      let segments = segments(inTranscript: slot, where: filter)
      let indexes = carriers.mapValues { codes in
        TermIndex(segments.filter { codes.contains($0.code) }.map(\.range))
      }
      let matching = segments.filter { segment in
        (wanted?.contains(segment.code) ?? true)
          && query.isSatisfied { indexes[$0]?.touches(segment.range) ?? false }
      }
      hits += hitsGroupedByRange(matching)
    }
    return hits
  }

  /// One hit per distinct range of segments sorted by range.
  private func hitsGroupedByRange(_ segments: [Segment]) -> [RetrievalHit] {
    var hits: [RetrievalHit] = []
    var start = 0
    while start < segments.count {
      var end = start + 1
      while end < segments.count, segments[end].range == segments[start].range { end += 1 }
      let group = segments[start..<end]
      let first = segments[start]
      hits.append(
        RetrievalHit(
          transcript: first.transcript, range: first.range, question: first.question,
          text: text(of: first),
          codes: Array(Set(group.map(\.codeSlot))).sorted().map { codes[$0] },
          coders: Array(Set(group.map(\.coder))).sorted()))
      start = end
    }
    return hits
  }
}
