import SarapCore

extension QuestionMapping {
  /// The latest-revision question a turn of a transcript answers, for reports by question.
  ///
  /// The turn's question id is read in the revision the transcript was conducted under
  /// (``Transcript/guideRevision``); nil when the turn has no question.
  public func reportingQuestion(of turn: Turn, in transcript: Transcript) -> GuideQuestion.ID? {
    turn.question.map { reportingQuestion(for: $0, in: transcript.guideRevision) }
  }
}

extension QuestionMapping {
  /// A transcript's turns with each question id replaced by the id reports count it under
  /// (``reportingQuestion(for:in:)``); the turns themselves when nothing needs mapping.
  public func turns(of transcript: Transcript) -> [Turn] {
    let turns = transcript.turns
    guard let revision = transcript.guideRevision, revision != latest else { return turns }
    return turns.map { turn in
      var mapped = turn
      mapped.question = turn.question.map { reportingQuestion(for: $0, in: revision) }
      return mapped
    }
  }
}
