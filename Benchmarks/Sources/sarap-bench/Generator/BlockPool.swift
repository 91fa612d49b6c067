import SarapCore

/// The bundled corpus cut into question-and-answer ``Block``s: every interviewer turn with the
/// respondent turns that follow it, carrying the codings made on them.
struct BlockPool: Sendable {
  /// The blocks, in corpus order.
  let blocks: [Block]
  /// The bundled coder whose codings the blocks carry.
  let coder: Coder.ID
  /// Codings that could not be carried (outside any turn's text); 0 for the bundled corpus.
  let dropped: Int

  /// Cuts every transcript of the project into blocks.
  init(_ project: Project) {
    var blocks: [Block] = []
    var dropped = 0
    for transcript in project.transcripts {
      let codings = project.codings(in: transcript.id)
      let cut = Self.blocks(of: transcript, codings: codings)
      blocks += cut.blocks
      dropped += cut.dropped
    }
    self.blocks = blocks
    self.coder = project.coders.first ?? Coder.ID("dissertation")
    self.dropped = dropped
  }

  private static func blocks(of transcript: Transcript, codings: [Coding]) -> (
    blocks: [Block], dropped: Int
  ) {
    let scalars = transcript.body.scalars
    var blocks: [Block] = []
    var turnSpans: [(block: Int, turn: Int, text: TextRange)] = []
    for turn in transcript.turns {
      if turn.isInterviewer || blocks.isEmpty {
        blocks.append(Block(origin: "\(transcript.id)#\(blocks.count)", turns: [], placements: []))
      }
      var end = turn.textRange.end
      while end > turn.textRange.start, scalars[end - 1] == "\n" { end -= 1 }
      let prefix = questionPrefix(scalars, turn: turn)
      blocks[blocks.count - 1].turns.append(
        Block.Turn(
          isInterviewer: turn.isInterviewer, questionPrefix: prefix,
          text: Array(scalars[turn.textRange.start..<end])))
      turnSpans.append(
        (
          blocks.count - 1, blocks[blocks.count - 1].turns.count - 1,
          TextRange(start: turn.textRange.start, end: end)
        ))
    }
    var dropped = 0
    for coding in codings {
      guard let span = turnSpans.first(where: { $0.text.contains(coding.range) }) else {
        dropped += 1
        continue
      }
      blocks[span.block].placements.append(
        Block.Placement(
          turn: span.turn, start: coding.range.start - span.text.start,
          end: coding.range.end - span.text.start, code: coding.code, time: coding.time,
          memo: coding.memo))
    }
    return (blocks, dropped)
  }

  /// `[QID] ` when the turn's line starts with its question id.
  private static func questionPrefix(_ scalars: [Unicode.Scalar], turn: Turn) -> String {
    guard scalars[turn.range.start] == "[",
      let close = scalars[turn.range.start..<turn.textRange.start].firstIndex(of: "]")
    else { return "" }
    return String(String.UnicodeScalarView(scalars[turn.range.start...close])) + " "
  }
}
