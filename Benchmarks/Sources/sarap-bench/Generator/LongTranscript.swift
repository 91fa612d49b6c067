import SarapCore

/// A project with one transcript of 300,000+ characters and 5,000 codings: the render path's
/// worst case (issue 6).
///
/// The text is assembled from bundled blocks like ``ScaledCorpus``, with the bundled coder's
/// codings (about 8 per 1,000 characters). To reach 5,000 codings, further coders recode the
/// same passages as a second coder would: each copy keeps the range or moves either end by a
/// word, and keeps the code or takes a sibling under the same theme.
enum LongTranscript {
  /// The scalars the body reaches at least.
  static let minimumLength = 300_000
  /// The codings the transcript carries, every coder counted.
  static let codingCount = 5_000
  /// The coders who recode, in turn.
  static let extraCoders: [Coder.ID] = ["coder-b", "coder-c", "coder-d"]

  /// The project with the long transcript `L00001`.
  static func make(from bundled: Project, seed: UInt64) -> Project {
    let pool = BlockPool(bundled)
    var random = SeededRandom(seed: seed)
    var assembler = TranscriptAssembler(id: "L00001")
    while assembler.length < minimumLength {
      assembler.append(pool.blocks[random.below(pool.blocks.count)], coder: pool.coder)
    }
    let template =
      bundled.transcripts.max { $0.body.scalarCount < $1.body.scalarCount }
      ?? Transcript(id: "L00001", body: "")
    let codings = recoded(assembler, codebook: bundled.codebook, random: &random)
    return Project(
      description: bundled.description, guide: bundled.guide, codebook: bundled.codebook,
      transcripts: [assembler.transcript(template: template, title: "One long interview")],
      codings: codings)
  }

  /// The bundled coder's codings plus recoded copies, exactly ``codingCount`` in all.
  private static func recoded(
    _ assembler: TranscriptAssembler, codebook: Codebook, random: inout SeededRandom
  ) -> [Coding] {
    var codings = assembler.placed.map(\.coding)
    var keys = Set(codings.map(\.key))
    var source = 0
    var attempts = 0
    while codings.count < codingCount, attempts < codingCount * 20 {
      attempts += 1
      let (original, turn) = assembler.placed[random.below(assembler.placed.count)]
      let coder = extraCoders[source % extraCoders.count]
      let range = moved(original.range, within: turn, in: assembler.scalars, random: &random)
      let code = random.chance(0.8) ? original.code : sibling(of: original.code, codebook, &random)
      let copy = assembler.coding(
        range, code: code, coder: coder, time: Timestamp("2026-11-27T00:00:00Z"))
      guard keys.insert(copy.key).inserted else { continue }
      codings.append(copy)
      source += 1
    }
    return codings
  }

  /// The range as another coder would draw it: each end kept, or moved by a word.
  private static func moved(
    _ range: TextRange, within turn: TextRange, in scalars: [Unicode.Scalar],
    random: inout SeededRandom
  ) -> TextRange {
    let start = WordBoundary.step(
      from: range.start, by: random.below(3) - 1, within: turn, in: scalars, wordStarts: true)
    let end = WordBoundary.step(
      from: range.end, by: random.below(3) - 1, within: turn, in: scalars, wordStarts: false)
    return start < end ? TextRange(start: start, end: end) : range
  }

  /// A random code under the same theme (the code itself when it has no siblings).
  private static func sibling(
    of code: Code.ID, _ codebook: Codebook, _ random: inout SeededRandom
  ) -> Code.ID {
    guard let theme = codebook.theme(of: code) else { return code }
    let family = codebook.subtree(of: theme)
    return family[random.below(family.count)]
  }
}
