import SarapCore

/// A synthetic project at N times the bundled corpus: N transcripts in place of each bundled one,
/// of about its length, assembled from question-and-answer blocks drawn at random (seeded) from
/// the whole corpus, each block carrying the codings the bundled coder made on it.
///
/// Carrying a block's codings with its text keeps the bundled project's density of codings per
/// character, its overlaps and nesting and its codes per segment (see ``DensityStats``), and the
/// Kazakh text stays real. The codebook, guide and description are the bundled ones.
enum ScaledCorpus {
  /// The project at `scale` times the bundled one.
  static func make(from bundled: Project, scale: Int, seed: UInt64) -> Project {
    let pool = BlockPool(bundled)
    var random = SeededRandom(seed: seed)
    var transcripts: [Transcript] = []
    var codings: [Coding] = []
    let width = String(bundled.transcripts.count * scale).count
    for index in 0..<(bundled.transcripts.count * scale) {
      let template = bundled.transcripts[index % bundled.transcripts.count]
      let number = String(index + 1)
      let id = Transcript.ID("S" + String(repeating: "0", count: width - number.count) + number)
      var assembler = TranscriptAssembler(id: id)
      fill(&assembler, to: template.body.scalarCount, from: pool, random: &random)
      transcripts.append(
        assembler.transcript(
          template: template, title: "Synthetic respondent \(index + 1) (like \(template.id))"))
      codings += assembler.placed.map(\.coding)
    }
    return Project(
      description: bundled.description, guide: bundled.guide, codebook: bundled.codebook,
      transcripts: transcripts, codings: codings)
  }

  /// Appends random blocks while doing so brings the length nearer to `target` (at least one).
  static func fill(
    _ assembler: inout TranscriptAssembler, to target: Int, from pool: BlockPool,
    random: inout SeededRandom
  ) {
    while true {
      let block = pool.blocks[random.below(pool.blocks.count)]
      let added = assembler.addedLength(of: block)
      let remaining = target - assembler.length
      guard assembler.length == 0 || remaining > added / 2 else { return }
      assembler.append(block, coder: pool.coder)
    }
  }
}
