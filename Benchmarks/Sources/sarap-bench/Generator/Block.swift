import SarapCore

/// One question and its answers lifted from a bundled transcript, with the codings made on them:
/// the unit synthetic transcripts are assembled from.
struct Block: Sendable {
  /// One speaker turn of the block.
  struct Turn: Sendable {
    /// Whether the interviewer speaks.
    var isInterviewer: Bool
    /// `[QID] ` when the turn names its question, else empty.
    var questionPrefix: String
    /// The spoken text after `SPEAKER: `, trailing line breaks removed.
    var text: [Unicode.Scalar]
  }

  /// A coding placed relative to the start of one turn's text.
  struct Placement: Sendable {
    var turn: Int
    var start: Int
    var end: Int
    var code: Code.ID
    var time: Timestamp
    var memo: String
  }

  /// Where the block comes from: `R07#3` is the fourth block of R07.
  var origin: String
  /// The turns, interviewer's first.
  var turns: [Turn]
  /// The bundled coder's codings on the block.
  var placements: [Placement]

  /// The block's length in scalars once written with a respondent label of `labelLength`
  /// scalars (turns separated by a blank line).
  func length(respondentLabel labelLength: Int, interviewerLabel: Int) -> Int {
    turns.reduce(0) { sum, turn in
      let label = turn.isInterviewer ? interviewerLabel : labelLength
      return sum + turn.questionPrefix.unicodeScalars.count + label + 2 + turn.text.count
    } + 2 * (turns.count - 1)
  }
}
