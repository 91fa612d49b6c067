import SarapCore

// MARK: - Inter-coder agreement

extension CodedCorpus {
  /// Compares two coders' codings, per code or per theme, on one unit.
  ///
  /// See ``AgreementUnit`` for the units and ``PresenceAgreement``, ``SegmentAgreement`` and
  /// ``CharacterAgreement`` for the figures. Only the two coders' codings count, whatever coders
  /// the filter names; its transcript and question conditions apply (with questions, the answer
  /// and paragraph units are the answers to those questions). A coder compared with itself agrees
  /// everywhere.
  ///
  /// - Parameters:
  ///   - a: Coder A.
  ///   - b: Coder B.
  ///   - grouping: One row per code, or per theme (a theme counts its own codings and those of
  ///     every code beneath it).
  ///   - unit: What the coders are compared on.
  ///   - filter: Restricts which transcripts and codings are looked at.
  public func agreement(
    between a: Coder.ID, and b: Coder.ID, by grouping: Grouping, unit: AgreementUnit,
    where filter: SegmentFilter = .all
  ) -> AgreementReport {
    var filter = filter
    filter.coders = [a, b]
    let keys = keys(grouping)
    var tally = AgreementTally(keyCount: keys.count, unit: unit)
    for slot in transcriptSlots(where: filter) {
      let coded = codedRanges(inTranscript: slot, a, b, grouping, filter)
      tally.add(coded, units: units(inTranscript: slot, unit, filter))
    }
    return AgreementReport(
      coderA: a, coderB: b, grouping: grouping, unit: unit, unitCount: tally.unitCount,
      rows: zip(keys, tally.figures()).map { AgreementRow(key: $0, figures: $1) })
  }

  /// Each key's distinct ranges for coder A and coder B in one transcript, sorted.
  func codedRanges(
    inTranscript slot: Int, _ a: Coder.ID, _ b: Coder.ID, _ grouping: Grouping,
    _ filter: SegmentFilter
  ) -> [Int: CoderRanges] {
    var coded: [Int: CoderRanges] = [:]
    for segment in segments(inTranscript: slot, where: filter) {
      let key = self.slot(of: segment, grouping)
      if segment.coder == a { coded[key, default: CoderRanges()].a.insert(segment.range) }
      if segment.coder == b { coded[key, default: CoderRanges()].b.insert(segment.range) }
    }
    return coded
  }

  /// The units of a transcript the unit type compares: answer or paragraph ranges, or the whole
  /// body (one range) for segments and characters.
  func units(
    inTranscript slot: Int, _ unit: AgreementUnit, _ filter: SegmentFilter
  ) -> [TextRange] {
    let table = tables[slot]
    switch unit {
    case .segment, .character:
      return [TextRange(start: 0, end: project.transcripts[slot].body.scalarCount)]
    case .answer, .paragraph:
      var answers = table.answers
      if let questions = filter.questions {
        answers = answers.filter { $0.question.map(questions.contains) ?? false }
      }
      let ranges = answers.map(\.range)
      return unit == .answer ? ranges : ranges.flatMap { table.paragraphs(in: $0) }
    }
  }
}

/// One key's distinct coded ranges in one transcript, for coder A and coder B.
struct CoderRanges: Sendable {
  var a: Set<TextRange> = []
  var b: Set<TextRange> = []
}

extension TranscriptTable {
  /// The pieces of a range cut where a paragraph starts after a blank line.
  func paragraphs(in range: TextRange) -> [TextRange] {
    var pieces: [TextRange] = []
    var start = range.start
    for cut in paragraphStarts where cut > range.start && cut < range.end {
      pieces.append(TextRange(start: start, end: cut))
      start = cut
    }
    pieces.append(TextRange(start: start, end: range.end))
    return pieces
  }
}
