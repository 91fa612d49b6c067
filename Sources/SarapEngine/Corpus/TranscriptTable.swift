import SarapCore

/// Lookup tables for one transcript, built once: its turns, its answers and its paragraphs.
///
/// Every lookup is a binary search, so resolving all codings of a 300,000-character transcript
/// costs O(codings × log turns) after one O(length) scan of the body.
struct TranscriptTable: Sendable {
  /// The transcript's turns, in order.
  let turns: [Turn]
  /// The respondent turns (answers), in order.
  let answers: [Turn]
  /// The offsets at which a paragraph other than the first starts (after a blank line), ascending.
  let paragraphStarts: [Int]

  /// Builds the tables; turn questions are read through `questions`, so that reports by question
  /// count every guide revision's questions under the latest revision's ids.
  init(_ transcript: Transcript, questions: QuestionMapping = QuestionMapping(guide: Guide())) {
    let turns = questions.turns(of: transcript)
    self.turns = turns
    self.answers = turns.filter { !$0.isInterviewer }
    self.paragraphStarts = transcript.body.paragraphStarts
  }

  /// The guide question of the turn containing `offset`; nil before the first turn.
  func question(at offset: Int) -> GuideQuestion.ID? {
    let index = Self.countStarting(atOrBefore: offset, in: turns) - 1
    return index >= 0 ? turns[index].question : nil
  }

  /// The positions in ``answers`` of the answers the range overlaps (an empty range: the answer
  /// containing its offset).
  func answers(overlapping range: TextRange) -> Range<Int> {
    let last = max(range.start, range.end - 1)
    let lower = Self.countEnding(atOrBefore: range.start, in: answers)
    let upper = Self.countStarting(atOrBefore: last, in: answers)
    return lower < upper ? lower..<upper : lower..<lower
  }

  /// The 0-based index of the paragraph containing `offset`.
  func paragraph(at offset: Int) -> Int {
    var low = 0
    var high = paragraphStarts.count
    while low < high {
      let middle = (low + high) / 2
      if paragraphStarts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The number of turns whose range starts at or before `offset`.
  private static func countStarting(atOrBefore offset: Int, in turns: [Turn]) -> Int {
    var low = 0
    var high = turns.count
    while low < high {
      let middle = (low + high) / 2
      if turns[middle].range.start <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The number of turns whose range ends at or before `offset`.
  private static func countEnding(atOrBefore offset: Int, in turns: [Turn]) -> Int {
    var low = 0
    var high = turns.count
    while low < high {
      let middle = (low + high) / 2
      if turns[middle].range.end <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
