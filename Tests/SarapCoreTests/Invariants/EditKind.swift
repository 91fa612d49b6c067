import SarapCore

/// The kinds of ``ProjectEdit``, one per case, for tests that must cover every kind.
///
/// ``EditKind/init(_:)`` switches over every case without a default: a new case of
/// ``ProjectEdit`` does not compile until it has a kind here, and a new kind does not compile
/// until ``RandomEdit`` can make it.
enum EditKind: CaseIterable, Hashable {
  case addCoding, removeCoding, replaceCoding
  case addCode, removeCode, updateCode, moveCode
  case replaceTranscript, addTranscript, removeTranscript
  case replaceGuide
  case replaceClaims
  case addJournalEntry, removeJournalEntry, replaceJournalEntry
  case batch

  /// The kind of `edit`.
  init(_ edit: ProjectEdit) {
    switch edit {
    case .addCoding: self = .addCoding
    case .removeCoding: self = .removeCoding
    case .replaceCoding: self = .replaceCoding
    case .addCode: self = .addCode
    case .removeCode: self = .removeCode
    case .updateCode: self = .updateCode
    case .moveCode: self = .moveCode
    case .replaceTranscript: self = .replaceTranscript
    case .addTranscript: self = .addTranscript
    case .removeTranscript: self = .removeTranscript
    case .replaceGuide: self = .replaceGuide
    case .replaceClaims: self = .replaceClaims
    case .addJournalEntry: self = .addJournalEntry
    case .removeJournalEntry: self = .removeJournalEntry
    case .replaceJournalEntry: self = .replaceJournalEntry
    case .batch: self = .batch
    }
  }
}
