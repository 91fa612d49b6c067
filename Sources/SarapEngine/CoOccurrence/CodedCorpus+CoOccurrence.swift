import SarapCore

// MARK: - Co-occurrence

extension CodedCorpus {
  /// Counts, for every pair of codes or themes, the units in which both occur.
  ///
  /// See ``CoOccurrenceUnit`` for what a unit is and what `n1`, `n2` and `n12` count for each
  /// unit type. The table is symmetric; its diagonal holds each key's own units.
  ///
  /// - Parameters:
  ///   - grouping: Rows and columns per code or per theme (a theme occurs wherever one of its
  ///     codes does).
  ///   - unit: What two codes must share to co-occur.
  ///   - filter: Restricts which transcripts (and so units) and codings are looked at.
  /// - Returns: A keys x keys table, keys in codebook order, unused ones included.
  public func coOccurrence(
    by grouping: Grouping, unit: CoOccurrenceUnit, where filter: SegmentFilter = .all
  ) -> CoOccurrenceReport {
    let keys = keys(grouping)
    let scope = transcriptSlots(where: filter)
    let (cells, unitCount): ([CoOccurrenceCell], Int?)
    switch unit {
    case .overlap:
      cells = stretchCells(
        keys.count, grouping, scope, filter, Stretches(reach: 0, isolatesEmpty: true))
      unitCount = nil
    case .near(.characters(let distance)):
      let stretches = Stretches(reach: max(distance, 0) + 1, isolatesEmpty: false)
      cells = stretchCells(keys.count, grouping, scope, filter, stretches)
      unitCount = nil
    case .near(.paragraphs(let distance)):
      let stretches = Stretches(reach: max(distance, 0), isolatesEmpty: false)
      cells = stretchCells(keys.count, grouping, scope, filter, stretches, inParagraphs: true)
      unitCount = nil
    case .answer, .transcript:
      let tally = unitTally(keys.count, grouping, scope, filter, perAnswer: unit == .answer)
      (cells, unitCount) = (tally.cells(), tally.units)
    }
    return CoOccurrenceReport(
      grouping: grouping, unit: unit, unitCount: unitCount, keys: keys, cells: cells)
  }

  private func stretchCells(
    _ keyCount: Int, _ grouping: Grouping, _ scope: [Int], _ filter: SegmentFilter,
    _ stretches: Stretches, inParagraphs: Bool = false
  ) -> [CoOccurrenceCell] {
    var tally = StretchTally(keyCount: keyCount, stretches: stretches)
    var spans = Array(repeating: [Stretches.Span](), count: keyCount)
    for slot in scope {
      var present: [Int] = []
      for segment in segments(inTranscript: slot, where: filter) {
        let key = self.slot(of: segment, grouping)
        var span = Stretches.Span(start: segment.range.start, end: segment.range.end, flags: 1)
        if inParagraphs {
          let table = tables[slot]
          span.start = table.paragraph(at: span.start)
          span.end = table.paragraph(at: max(segment.range.start, segment.range.end - 1)) + 1
        }
        if spans[key].isEmpty { present.append(key) }
        spans[key].append(span)
      }
      present.sort()
      tally.add(spans: spans, present: present)
      for key in present { spans[key].removeAll(keepingCapacity: true) }
    }
    return tally.cells()
  }

  private func unitTally(
    _ keyCount: Int, _ grouping: Grouping, _ scope: [Int], _ filter: SegmentFilter,
    perAnswer: Bool
  ) -> UnitTally {
    var tally = UnitTally(keyCount: keyCount)
    for slot in scope {
      let unitsHere = perAnswer ? tables[slot].answers.count : 1
      var present = Array(repeating: Set<Int>(), count: unitsHere)
      for segment in segments(inTranscript: slot, where: filter) {
        let key = self.slot(of: segment, grouping)
        for unit in perAnswer ? segment.answers : 0..<1 { present[unit].insert(key) }
      }
      for keys in present { tally.add(unit: keys.sorted()) }
    }
    return tally
  }
}
