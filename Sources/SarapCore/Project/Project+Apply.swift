extension Project {
  /// Applies an edit after checking it; on error the project is unchanged.
  ///
  /// Debug builds then check that the project breaks no rule of ``invariantViolations()`` it kept
  /// before (``violations(introducedSince:)``) and stop if it does.
  ///
  /// - Returns: The edit's inverse, which undoes it.
  @discardableResult
  public mutating func apply(_ edit: ProjectEdit) throws(ProjectError) -> ProjectEdit {
    var copy = self
    try copy.applyUnchecked(edit)
    copy.assertInvariants(after: edit, from: self)
    self = copy
    return edit.inverse
  }

  private mutating func applyUnchecked(_ edit: ProjectEdit) throws(ProjectError) {
    switch edit {
    case .addCoding(let coding): try addCoding(coding)
    case .removeCoding(let coding): try removeCoding(coding)
    case .replaceCoding(let old, let new):
      try removeCoding(old)
      try addCoding(new)
    case .addCode(let code, let position): try addCode(code, at: position)
    case .removeCode(let code, _): try removeCode(code)
    case .updateCode(let old, let new): try updateCode(old: old, new: new)
    case .moveCode(let id, _, let to):
      guard let removed = codebook.remove(id) else { throw .unknownCode(id) }
      codebook.insert(removed.code, at: to)
    case .replaceTranscript(let old, let new): try replaceTranscript(old: old, new: new)
    case .addTranscript(let transcript): try addTranscript(transcript)
    case .removeTranscript(let transcript): try removeTranscript(transcript)
    case .replaceGuide(let old, let new):
      guard guide == old else { throw .staleEdit("the interview guide") }
      guide = new
    case .replaceClaims(let old, let new):
      guard claims == old else { throw .staleEdit("the claims") }
      claims = new
    case .addJournalEntry(let entry):
      try Self.checkJournalEntry(entry)
      journal.insert(entry)
    case .removeJournalEntry(let entry):
      guard journal.remove(entry) else { throw .staleEdit("the journal entry of \(entry.time)") }
    case .replaceJournalEntry(let old, let new):
      guard old.time == new.time, old.coder == new.coder else {
        throw .staleEdit("a journal entry keeps its time and coder")
      }
      try Self.checkJournalEntry(new)
      guard journal.remove(old) else { throw .staleEdit("the journal entry of \(old.time)") }
      journal.insert(new)
    case .batch(let edits):
      for edit in edits { try applyUnchecked(edit) }
    }
  }

  private static func checkJournalEntry(_ entry: JournalEntry) throws(ProjectError) {
    if let problem = JournalEntry.textProblem(entry.text) { throw .malformedJournalEntry(problem) }
  }

  private mutating func addCoding(_ coding: Coding) throws(ProjectError) {
    guard codebook.contains(coding.code) else { throw .unknownCode(coding.code) }
    guard let transcript = transcript(coding.transcript) else {
      throw .unknownTranscript(coding.transcript)
    }
    guard transcript.body.contains(coding.range) else {
      throw .rangeOutsideTranscript(
        coding.transcript, coding.range, length: transcript.body.scalarCount)
    }
    let key = coding.key
    let position = insertionIndex(for: key)
    guard position == codings.count || codings[position].key != key else {
      throw .duplicateCoding(key)
    }
    codings.insert(coding, at: position)
  }

  private mutating func removeCoding(_ coding: Coding) throws(ProjectError) {
    let key = coding.key
    let index = insertionIndex(for: key)
    guard index < codings.count, codings[index].key == key else { throw .missingCoding(key) }
    codings.remove(at: index)
  }

  /// The first position whose coding's key is not less than `key` (codings are kept sorted).
  private func insertionIndex(for key: Coding.Key) -> Int {
    var low = 0
    var high = codings.count
    while low < high {
      let middle = (low + high) / 2
      if codings[middle].key < key { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private mutating func addCode(_ code: Code, at position: Int) throws(ProjectError) {
    guard code.id.isWellFormed else { throw .malformedID(code.id.rawValue) }
    guard !codebook.contains(code.id) else { throw .duplicateCode(code.id) }
    if let parent = code.parent, !codebook.contains(parent) { throw .unknownCode(parent) }
    codebook.insert(code, at: position)
  }

  private mutating func removeCode(_ code: Code) throws(ProjectError) {
    guard codebook[code.id] == code else { throw .staleEdit("code '\(code.id)'") }
    guard !codings.contains(where: { $0.code == code.id }), codebook.children(of: code.id).isEmpty
    else { throw .codeInUse(code.id) }
    codebook.remove(code.id)
  }

  private mutating func updateCode(old: Code, new: Code) throws(ProjectError) {
    guard old.id == new.id, codebook[old.id] == old else { throw .staleEdit("code '\(old.id)'") }
    if let parent = new.parent {
      guard codebook.contains(parent) else { throw .unknownCode(parent) }
      guard parent != new.id, !codebook.ancestors(of: parent).contains(new.id) else {
        throw .cycle(new.id, parent: parent)
      }
    }
    codebook.upsert(new)
  }

  private mutating func replaceTranscript(old: Transcript, new: Transcript) throws(ProjectError) {
    guard let index = transcriptIndex(old.id), transcripts[index] == old else {
      throw .staleEdit("transcript '\(old.id)'")
    }
    guard old.id == new.id else { throw .staleEdit("a transcript id cannot change") }
    for coding in codings where coding.transcript == old.id {
      try Self.checkStillInside(coding.range, of: new, wasInside: old.body.contains(coding.range))
    }
    for excerpt in new.excerpts {
      let keptAsItWas = old.excerpts.contains(excerpt) && !old.body.contains(excerpt.range)
      try Self.checkStillInside(excerpt.range, of: new, wasInside: !keptAsItWas)
    }
    transcripts[index] = new
  }

  /// Throws when a range that lay inside a transcript (a coding's, an excerpt's) does not lie
  /// inside its replacement; a range already outside (after a hand edit) stays as it was.
  private static func checkStillInside(
    _ range: TextRange, of transcript: Transcript, wasInside: Bool
  ) throws(ProjectError) {
    guard wasInside, !transcript.body.contains(range) else { return }
    throw .rangeOutsideTranscript(transcript.id, range, length: transcript.body.scalarCount)
  }

  private mutating func addTranscript(_ transcript: Transcript) throws(ProjectError) {
    guard transcript.id.isWellFormed else { throw .malformedID(transcript.id.rawValue) }
    guard self.transcript(transcript.id) == nil else {
      throw .duplicateTranscript(transcript.id)
    }
    for excerpt in transcript.excerpts {
      try Self.checkStillInside(excerpt.range, of: transcript, wasInside: true)
    }
    transcripts.append(transcript)
    transcripts.sort { $0.id < $1.id }
  }

  private mutating func removeTranscript(_ transcript: Transcript) throws(ProjectError) {
    guard let index = transcriptIndex(transcript.id), transcripts[index] == transcript else {
      throw .staleEdit("transcript '\(transcript.id)'")
    }
    guard !codings.contains(where: { $0.transcript == transcript.id }) else {
      throw .transcriptInUse(transcript.id)
    }
    transcripts.remove(at: index)
  }
}
