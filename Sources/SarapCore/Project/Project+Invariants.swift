extension Project {
  /// A structural rule the project breaks.
  public enum InvariantViolation: Hashable, Sendable {
    /// The codebook breaks a rule.
    case codebook(Codebook.Issue)
    /// A coding names a code that does not exist.
    case unknownCode(Coding.Key)
    /// A coding names a transcript that does not exist.
    case unknownTranscript(Coding.Key)
    /// A coding's range lies outside its transcript.
    case rangeOutsideTranscript(Coding.Key)
    /// Two codings share a key.
    case duplicateCoding(Coding.Key)
    /// Two transcripts share an id.
    case duplicateTranscript(Transcript.ID)
    /// An excerpt's range lies outside its transcript.
    case excerptOutsideTranscript(Transcript.ID, Excerpt.ID)
  }

  /// Every structural rule the project breaks; empty when consistent.
  public func invariantViolations() -> [InvariantViolation] {
    var result = codebook.issues().map(InvariantViolation.codebook)
    var lengths: [Transcript.ID: Int] = [:]
    for transcript in transcripts {
      if lengths[transcript.id] != nil { result.append(.duplicateTranscript(transcript.id)) }
      lengths[transcript.id] = transcript.body.scalarCount
      for excerpt in transcript.excerpts where !transcript.body.contains(excerpt.range) {
        result.append(.excerptOutsideTranscript(transcript.id, excerpt.id))
      }
    }
    var keys: Set<Coding.Key> = []
    for coding in codings {
      let key = coding.key
      if !keys.insert(key).inserted { result.append(.duplicateCoding(key)) }
      if !codebook.contains(coding.code) { result.append(.unknownCode(key)) }
      if let length = lengths[coding.transcript] {
        if coding.range.end > length { result.append(.rangeOutsideTranscript(key)) }
      } else {
        result.append(.unknownTranscript(key))
      }
    }
    return result
  }

  /// The rules this project breaks that `before` kept: what an edit from `before` broke.
  ///
  /// A rule `before` already broke (a hand-edited file can leave a coding outside its text) is not
  /// counted again, so an edit that repairs one problem is not blamed for another it left alone.
  public func violations(introducedSince before: Project) -> [InvariantViolation] {
    let after = invariantViolations()
    guard !after.isEmpty else { return [] }
    let kept = Set(before.invariantViolations())
    return after.filter { !kept.contains($0) }
  }

  /// Stops a debug build (tests included) when `edit`, applied to `before`, gave this project a
  /// violation `before` did not have; nothing in a release build.
  ///
  /// ``apply(_:)`` checks each edit against the rules it can break, so this fires only on a bug
  /// in those checks: a debug build stops at the edit that broke the project, not later, at the
  /// load that cannot read what was saved.
  func assertInvariants(after edit: ProjectEdit, from before: Project) {
    assert(
      violations(introducedSince: before).isEmpty,
      "\(edit) broke the project: \(violations(introducedSince: before))")
  }
}
