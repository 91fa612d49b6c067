extension Transcript {
  /// The speaker turns of the body, in order.
  ///
  /// A respondent turn without its own `[QID]` inherits the question of the interviewer turn
  /// before it, so every answer knows the guide question it answers. The labels are read once per
  /// body (``TranscriptText``'s outline, from its UTF-8 bytes); this only assembles the turns.
  public var turns: [Turn] {
    let outline = body.outline
    let openings = outline.openings
    var turns: [Turn] = []
    turns.reserveCapacity(openings.count)
    var currentQuestion: GuideQuestion.ID?
    for (index, opening) in openings.enumerated() {
      let next = index + 1 < openings.count ? openings[index + 1] : nil
      let end = next?.offset ?? body.scalarCount
      let textStart = opening.label.textStart
      let textEnd = max(end - (next?.newlinesBefore ?? outline.trailingNewlines), textStart)
      if let question = opening.label.question { currentQuestion = question }
      turns.append(
        Turn(
          speaker: opening.label.speaker, question: currentQuestion,
          isInterviewer: opening.label.speaker == interviewer,
          range: TextRange(start: opening.offset, end: end),
          textRange: TextRange(start: textStart, end: textEnd)))
    }
    return turns
  }

  /// The respondent turns (answers), in order.
  public var answers: [Turn] { turns.filter { !$0.isInterviewer } }
}

/// The label that opens a turn: `[QID] SPEAKER: `.
public struct TurnLabel: Hashable, Sendable {
  /// The question the label names (`[QID]`), if any.
  public var question: GuideQuestion.ID?
  /// The speaker label.
  public var speaker: String
  /// The offset of the first scalar after `SPEAKER: `.
  public var textStart: Int

  /// Creates a label.
  public init(question: GuideQuestion.ID?, speaker: String, textStart: Int) {
    self.question = question
    self.speaker = speaker
    self.textStart = textStart
  }

  /// Reads a label at `start`, the first scalar of a line; nil when the line does not open a turn.
  static func parse(_ scalars: [Unicode.Scalar], at start: Int) -> TurnLabel? {
    var position = start
    var question: GuideQuestion.ID?
    if position < scalars.count, scalars[position] == "[" {
      guard let close = scalars[position...].prefix(24).firstIndex(of: "]") else { return nil }
      let id = string(scalars[(position + 1)..<close])
      guard !id.isEmpty, close + 1 < scalars.count, scalars[close + 1] == " " else { return nil }
      question = GuideQuestion.ID(id)
      position = close + 2
    }
    let speakerStart = position
    while position < scalars.count, position - speakerStart <= 24,
      isSpeakerScalar(scalars[position])
    {
      position += 1
    }
    guard position > speakerStart, position + 1 < scalars.count, scalars[position] == ":",
      scalars[position + 1] == " "
    else { return nil }
    let speaker = string(scalars[speakerStart..<position])
    return TurnLabel(question: question, speaker: speaker, textStart: position + 2)
  }

  /// A label's few scalars as a string, encoded to UTF-8 directly: building a String through
  /// `String.UnicodeScalarView`'s generic append cost thousands of instructions per label, a
  /// twentieth of opening the long benchmark transcript.
  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(scalars.count * 4)
    for scalar in scalars { UTF8.encode(scalar) { utf8.append($0) } }
    return String(decoding: utf8, as: UTF8.self)
  }

  private static func isSpeakerScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
  }
}
