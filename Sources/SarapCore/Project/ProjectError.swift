/// Why an edit could not be applied to a project.
public enum ProjectError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The code does not exist.
  case unknownCode(Code.ID)
  /// The transcript does not exist.
  case unknownTranscript(Transcript.ID)
  /// A code with this id already exists.
  case duplicateCode(Code.ID)
  /// A transcript with this id already exists.
  case duplicateTranscript(Transcript.ID)
  /// The same coder already coded this range with this code.
  case duplicateCoding(Coding.Key)
  /// The coding to remove or replace does not exist.
  case missingCoding(Coding.Key)
  /// The range does not lie inside the transcript body.
  case rangeOutsideTranscript(Transcript.ID, TextRange, length: Int)
  /// The edit's old value does not match the project (the project changed meanwhile).
  case staleEdit(String)
  /// Removing the code would orphan codings or child codes.
  case codeInUse(Code.ID)
  /// Removing the transcript would orphan codings.
  case transcriptInUse(Transcript.ID)
  /// Making this the parent would create a cycle in the hierarchy.
  case cycle(Code.ID, parent: Code.ID)
  /// An id is empty or contains whitespace.
  case malformedID(String)
  /// A journal entry's text cannot be stored (blank, or holding a carriage return or a NUL).
  case malformedJournalEntry(String)

  public var description: String {
    switch self {
    case .unknownCode(let id): "no code with id '\(id)'"
    case .unknownTranscript(let id): "no transcript with id '\(id)'"
    case .duplicateCode(let id): "a code with id '\(id)' already exists"
    case .duplicateTranscript(let id): "a transcript with id '\(id)' already exists"
    case .duplicateCoding(let key):
      "\(key.coder) already coded \(key.transcript) \(key.range) with '\(key.code)'"
    case .missingCoding(let key):
      "no coding of \(key.transcript) \(key.range) with '\(key.code)' by \(key.coder)"
    case .rangeOutsideTranscript(let id, let range, let length):
      "range \(range) lies outside transcript '\(id)' (\(length) characters)"
    case .staleEdit(let what): "the project changed meanwhile: \(what)"
    case .codeInUse(let id): "code '\(id)' still has codings or child codes"
    case .transcriptInUse(let id): "transcript '\(id)' still has codings"
    case .cycle(let id, let parent): "moving '\(id)' under '\(parent)' would create a cycle"
    case .malformedID(let id): "'\(id)' is not a valid id (empty or contains spaces)"
    case .malformedJournalEntry(let problem): problem
    }
  }
}
