import SarapCore

// MARK: - Frequencies

extension CodedCorpus {
  /// Counts how often each code or theme was applied.
  ///
  /// A theme counts the union of its codes' segments: a stretch of text (same transcript and range)
  /// coded with two codes of the theme, or by two coders, is one segment, and its characters count
  /// once. Breakdown groups partition the codings, so a code's group figures add up to its total
  /// segments (for question and attribute breakdowns; a stretch coded by two coders counts once
  /// under each coder).
  ///
  /// - Parameters:
  ///   - grouping: Count by code or by theme.
  ///   - breakdown: Also count per guide question, case attribute value or coder.
  ///   - filter: Restricts which transcripts and codings are counted.
  /// - Returns: One row per code or theme, in codebook order, unused ones with zero figures.
  public func frequency(
    by grouping: Grouping, breakdown: Breakdown? = nil, where filter: SegmentFilter = .all
  ) -> FrequencyReport {
    let scope = transcriptSlots(where: filter)
    let groups = breakdown.map { frequencyGroups($0, scope: scope, filter: filter) } ?? []
    let groupSlots = Dictionary(groups.enumerated().map { ($1.value, $0) }) { first, _ in first }
    let keys = keys(grouping)
    var totals = Array(repeating: Coverage(), count: keys.count)
    var perGroup = Array(repeating: Coverage(), count: keys.count * groups.count)
    let keepsEverySegment = filter.keepsEverySegment
    for slot in scope {
      for index in segmentsByTranscript[slot] {
        let segment = segments[index]
        guard keepsEverySegment || filter.includes(segment) else { continue }
        let key = self.slot(of: segment, grouping)
        totals[key].add(segment)
        if let breakdown, let group = groupSlots[groupValue(of: segment, breakdown)] {
          perGroup[key * groups.count + group].add(segment)
        }
      }
    }
    let rows = keys.indices.map { key in
      let figures = totals[key].figures()
      return FrequencyRow(
        key: keys[key], figures: figures,
        share: scope.isEmpty ? 0 : Double(figures.transcripts) / Double(scope.count),
        groups: groups.indices.map { perGroup[key * groups.count + $0].figures() })
    }
    return FrequencyReport(
      grouping: grouping, transcriptCount: scope.count, breakdown: breakdown, groups: groups,
      rows: rows)
  }

  /// The group a segment falls in.
  func groupValue(of segment: Segment, _ breakdown: Breakdown) -> FrequencyGroup.Value {
    switch breakdown {
    case .question: .question(segment.question)
    case .attribute(let name): .attribute(segment.attribute(name))
    case .coder: .coder(segment.coder)
    }
  }
}
