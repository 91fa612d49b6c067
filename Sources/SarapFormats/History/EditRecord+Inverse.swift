extension EditRecord {
  /// The record of this edit's inverse, when the record alone tells it.
  ///
  /// That is edits of codes, codings and journal entries, and batches of them; nil for
  /// transcripts, guides and claims (a diff's inverse needs the text it removed).
  ///
  /// A history line whose inverse is this writes `{"inverseOfEdit":{}}` instead of repeating the
  /// coding or code (``HistoryFile/encodeLine(_:)``).
  func inverted() -> EditRecord? {
    switch self {
    case .addCoding(let coding): .removeCoding(coding)
    case .removeCoding(let coding): .addCoding(coding)
    case .replaceCoding(let old, let new): .replaceCoding(old: new, new: old)
    case .addCode(let code, let position): .removeCode(code, position: position)
    case .removeCode(let code, let position): .addCode(code, position: position)
    case .updateCode(let old, let new): .updateCode(old: new, new: old)
    case .moveCode(let id, let from, let to): .moveCode(id, from: to, to: from)
    case .addJournalEntry(let entry): .removeJournalEntry(entry)
    case .removeJournalEntry(let entry): .addJournalEntry(entry)
    case .replaceJournalEntry(let old, let new): .replaceJournalEntry(old: new, new: old)
    case .batch(let records): Self.invertedBatch(records)
    default: nil
    }
  }

  /// The inverse of a batch: its records' inverses in reverse order; nil if one has none.
  private static func invertedBatch(_ records: [EditRecord]) -> EditRecord? {
    var inverses: [EditRecord] = []
    for record in records.reversed() {
      guard let inverse = record.inverted() else { return nil }
      inverses.append(inverse)
    }
    return .batch(inverses)
  }
}
