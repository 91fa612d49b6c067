/// One change to a project, invertible so that it can be undone.
///
/// Edits carry the full old values they replace or remove, so ``ProjectEdit/inverse`` needs no
/// project to compute and a history of edits can be replayed backwards.
public indirect enum ProjectEdit: Hashable, Sendable {
  /// Adds a coding.
  case addCoding(Coding)
  /// Removes a coding.
  case removeCoding(Coding)
  /// Replaces a coding by another (change of code, range or memo).
  case replaceCoding(old: Coding, new: Coding)
  /// Adds a code at a position in display order.
  case addCode(Code, position: Int)
  /// Removes a code (it must have no codings and no children).
  case removeCode(Code, position: Int)
  /// Replaces a code's fields (rename, recolour, redefine, move, memo); the id stays.
  case updateCode(old: Code, new: Code)
  /// Moves a code to another position in display order.
  case moveCode(Code.ID, from: Int, to: Int)
  /// Replaces a transcript's header and body (memo, attributes, a revised text).
  case replaceTranscript(old: Transcript, new: Transcript)
  /// Adds a transcript.
  case addTranscript(Transcript)
  /// Removes a transcript (it must have no codings).
  case removeTranscript(Transcript)
  /// Replaces the interview guide.
  case replaceGuide(old: Guide, new: Guide)
  /// Replaces the claims ledger (a claim added, removed or changed).
  case replaceClaims(old: ClaimLedger, new: ClaimLedger)
  /// Adds an entry to the research journal, in its place in time order.
  case addJournalEntry(JournalEntry)
  /// Removes an entry from the research journal.
  case removeJournalEntry(JournalEntry)
  /// Replaces a journal entry's text (its time and coder stay).
  case replaceJournalEntry(old: JournalEntry, new: JournalEntry)
  /// Several edits applied as one undoable step, in order.
  case batch([ProjectEdit])

  /// The edit that undoes this one.
  public var inverse: ProjectEdit {
    switch self {
    case .addCoding(let coding): .removeCoding(coding)
    case .removeCoding(let coding): .addCoding(coding)
    case .replaceCoding(let old, let new): .replaceCoding(old: new, new: old)
    case .addCode(let code, let position): .removeCode(code, position: position)
    case .removeCode(let code, let position): .addCode(code, position: position)
    case .updateCode(let old, let new): .updateCode(old: new, new: old)
    case .moveCode(let id, let from, let to): .moveCode(id, from: to, to: from)
    case .replaceTranscript(let old, let new): .replaceTranscript(old: new, new: old)
    case .addTranscript(let transcript): .removeTranscript(transcript)
    case .removeTranscript(let transcript): .addTranscript(transcript)
    case .replaceGuide(let old, let new): .replaceGuide(old: new, new: old)
    case .replaceClaims(let old, let new): .replaceClaims(old: new, new: old)
    case .addJournalEntry(let entry): .removeJournalEntry(entry)
    case .removeJournalEntry(let entry): .addJournalEntry(entry)
    case .replaceJournalEntry(let old, let new): .replaceJournalEntry(old: new, new: old)
    case .batch(let edits): .batch(edits.reversed().map(\.inverse))
    }
  }
}
