import SarapCore

extension CodedCorpus {
  typealias Slots = (
    transcripts: [Transcript.ID: Int], codes: [Code.ID: Int], themes: [Code.ID: Int]
  )

  /// Where a resolvable coding goes: its slots and its position in ``SarapCore/Project/codings``.
  ///
  /// Segments are ordered on these small values (and the coder on a tie), then built once each in
  /// that order: sorting the segments themselves moved every one several times, with its strings.
  private struct Placement {
    var transcript: Int
    var start: Int
    var end: Int
    var code: Int
    var theme: Int
    var coding: Int

    /// Whether the placement comes before `other` ignoring the coder: transcript, range, code.
    func precedes(_ other: Placement) -> Bool {
      (transcript, start, end, code) < (other.transcript, other.start, other.end, other.code)
    }

    func ties(_ other: Placement) -> Bool {
      (transcript, start, end, code) == (other.transcript, other.start, other.end, other.code)
    }
  }

  /// Turns every resolvable coding into a segment, ordered by transcript, range, code and coder
  /// (codings equal in all of these keep the project's order).
  static func resolve(_ project: Project, tables: [TranscriptTable], slots: Slots) -> [Segment] {
    let codings = project.codings
    var placements = placements(of: project, slots: slots)
    let precedes = { (lhs: Placement, rhs: Placement) -> Bool in
      if !lhs.ties(rhs) { return lhs.precedes(rhs) }
      let (left, right) = (codings[lhs.coding].coder, codings[rhs.coding].coder)
      return left != right ? left < right : lhs.coding < rhs.coding
    }
    if !zip(placements, placements.dropFirst()).allSatisfy({ precedes($0, $1) }) {
      placements.sort(by: precedes)
    }
    let themes = project.codebook.themes.map(\.id)
    return placements.map { placement in
      let coding = codings[placement.coding]
      let slot = placement.transcript
      let table = tables[slot]
      return Segment(
        coding: coding, theme: themes[placement.theme],
        question: table.question(at: coding.range.start),
        answers: table.answers(overlapping: coding.range),
        attributes: project.transcripts[slot].attributes,
        slots: (slot, placement.code, placement.theme))
    }
  }

  /// The placement of every resolvable coding, in the project's order.
  ///
  /// Codings of one transcript come together (the project keeps them in key order), so the last
  /// transcript's slot is tried before the dictionary.
  private static func placements(of project: Project, slots: Slots) -> [Placement] {
    let codeSlots = codeAndThemeSlots(project.codebook, slots: slots)
    let lengths = project.transcripts.map(\.body.scalarCount)
    var placements: [Placement] = []
    placements.reserveCapacity(project.codings.count)
    var last: (id: Transcript.ID, slot: Int)?
    // Fields are read in place: copying each coding retained its five strings.
    project.codings.withUnsafeBufferPointer { codings in
      for index in codings.indices {
        let transcriptSlot: Int
        if let last, last.id == codings[index].transcript {
          transcriptSlot = last.slot
        } else {
          guard let slot = slots.transcripts[codings[index].transcript] else { continue }
          last = (codings[index].transcript, slot)
          transcriptSlot = slot
        }
        let range = codings[index].range
        guard let code = codeSlots[codings[index].code], range.end <= lengths[transcriptSlot]
        else { continue }
        placements.append(
          Placement(
            transcript: transcriptSlot, start: range.start, end: range.end, code: code.code,
            theme: code.theme, coding: index))
      }
    }
    return placements
  }

  /// The slot of every code whose root ancestor is a theme, and the slot of that theme.
  private static func codeAndThemeSlots(
    _ codebook: Codebook, slots: Slots
  ) -> [Code.ID: (code: Int, theme: Int)] {
    var result: [Code.ID: (code: Int, theme: Int)] = [:]
    for code in codebook.codes {
      guard let codeSlot = slots.codes[code.id], let theme = codebook.theme(of: code.id),
        let themeSlot = slots.themes[theme]
      else { continue }
      result[code.id] = (codeSlot, themeSlot)
    }
    return result
  }
}
