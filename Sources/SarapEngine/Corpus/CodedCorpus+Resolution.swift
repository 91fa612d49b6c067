import SarapCore

extension CodedCorpus {
  typealias Slots = (
    transcripts: [Transcript.ID: Int], codes: [Code.ID: Int], themes: [Code.ID: Int]
  )

  /// Turns every resolvable coding into a segment, ordered by transcript, range, code and coder.
  static func resolve(_ project: Project, tables: [TranscriptTable], slots: Slots) -> [Segment] {
    let themeOfCode = themeSlotsByCode(project.codebook, slots: slots)
    var segments: [Segment] = []
    segments.reserveCapacity(project.codings.count)
    for coding in project.codings {
      guard let transcriptSlot = slots.transcripts[coding.transcript],
        let codeSlot = slots.codes[coding.code],
        let theme = themeOfCode[coding.code]
      else { continue }
      let transcript = project.transcripts[transcriptSlot]
      guard transcript.body.contains(coding.range) else { continue }
      let table = tables[transcriptSlot]
      segments.append(
        Segment(
          coding: coding, theme: theme.id, question: table.question(at: coding.range.start),
          answers: table.answers(overlapping: coding.range), attributes: transcript.attributes,
          slots: (transcriptSlot, codeSlot, theme.slot)))
    }
    segments.sort { lhs, rhs in
      (lhs.transcriptSlot, lhs.range.start, lhs.range.end, lhs.codeSlot, lhs.coder)
        < (rhs.transcriptSlot, rhs.range.start, rhs.range.end, rhs.codeSlot, rhs.coder)
    }
    return segments
  }

  /// The theme (id and slot) of every code whose root ancestor is a theme.
  private static func themeSlotsByCode(
    _ codebook: Codebook, slots: Slots
  ) -> [Code.ID: (id: Code.ID, slot: Int)] {
    var result: [Code.ID: (id: Code.ID, slot: Int)] = [:]
    for code in codebook.codes {
      guard let theme = codebook.theme(of: code.id), let slot = slots.themes[theme] else {
        continue
      }
      result[code.id] = (theme, slot)
    }
    return result
  }
}
