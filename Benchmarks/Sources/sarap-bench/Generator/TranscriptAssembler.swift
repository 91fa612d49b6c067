import SarapCore

/// Writes ``Block``s one after another as a transcript body, relabelling the respondent's turns
/// with the transcript's id, and places the blocks' codings at their new offsets.
struct TranscriptAssembler {
  /// The transcript being written.
  let id: Transcript.ID
  /// The interviewer's speaker label.
  let interviewer = "I"
  /// The body so far.
  private(set) var scalars: [Unicode.Scalar] = []
  /// The blocks' codings at their new offsets, with the turn text each lies in.
  private(set) var placed: [(coding: Coding, turn: TextRange)] = []

  init(id: Transcript.ID) { self.id = id }

  /// The body's length so far, in scalars.
  var length: Int { scalars.count }

  /// The length `block` adds when appended.
  func addedLength(of block: Block) -> Int {
    (scalars.isEmpty ? 0 : 2)
      + block.length(
        respondentLabel: id.rawValue.unicodeScalars.count,
        interviewerLabel: interviewer.unicodeScalars.count)
  }

  /// Appends a block (after a blank line) with its codings, made by `coder`.
  mutating func append(_ block: Block, coder: Coder.ID) {
    var textStarts: [Int] = []
    for turn in block.turns {
      if !scalars.isEmpty { scalars += "\n\n".unicodeScalars }
      let speaker = turn.isInterviewer ? interviewer : id.rawValue
      scalars += (turn.questionPrefix + speaker + ": ").unicodeScalars
      textStarts.append(scalars.count)
      scalars += turn.text
    }
    for placement in block.placements {
      let base = textStarts[placement.turn]
      let turn = TextRange(start: base, end: base + block.turns[placement.turn].text.count)
      let range = TextRange(start: base + placement.start, end: base + placement.end)
      placed.append(
        (
          coding(
            range, code: placement.code, coder: coder, time: placement.time,
            memo: placement.memo), turn
        ))
    }
  }

  /// A coding of `range` with the fingerprint of the text it covers.
  func coding(
    _ range: TextRange, code: Code.ID, coder: Coder.ID, time: Timestamp, memo: String = ""
  ) -> Coding {
    let text = String(String.UnicodeScalarView(scalars[range.start..<range.end]))
    return Coding(
      transcript: id, range: range, code: code, coder: coder, time: time,
      fingerprint: TextFingerprint(of: text), memo: memo)
  }

  /// The transcript: the body written so far (ending in a line break) under a header whose title,
  /// guide revision and attributes come from `template`.
  func transcript(template: Transcript, title: String) -> Transcript {
    Transcript(
      id: id, title: title, guideRevision: template.guideRevision, interviewer: interviewer,
      attributes: template.attributes,
      body: TranscriptText(String(String.UnicodeScalarView(scalars + ["\n"]))))
  }
}
