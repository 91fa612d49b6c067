import SarapFormats

/// The undo history as read from `.sarap/history`: the prune record, if it was pruned, and the
/// entries kept, oldest first.
struct HistoryLog {
  /// Which entries were cut off, when the history was pruned.
  var prune: HistoryPrune?
  /// The entries, oldest first.
  var entries: [HistoryEntry] = []
  /// The steps of the entries read without decoding their edits (``HistoryJournal/readSteps()``),
  /// oldest first; they come before ``entries``.
  var unread: [HistoryStep] = []

  /// The 1-based line of the file that holds the entry at `index` of ``entries``.
  func line(ofEntryAt index: Int) -> Int { index + (prune == nil ? 1 : 2) }
}
