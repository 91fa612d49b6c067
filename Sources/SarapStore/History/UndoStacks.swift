import SarapFormats

/// The undo and redo stacks, rebuilt from the history by replaying its entries.
///
/// A pruned history starts from the stacks its prune record kept: entries cut off that could
/// still come up, so that undoing one is refused by name (``HistoryPrune``).
struct UndoStacks {
  /// Sequence numbers of `apply` entries that can be undone, most recent last.
  private(set) var undoable: [Int] = []
  /// Sequence numbers of undone `apply` entries that can be redone, most recent last.
  private(set) var redoable: [Int] = []

  init(replaying entries: [HistoryEntry] = [], after prune: HistoryPrune? = nil) {
    undoable = prune?.undoable ?? []
    redoable = prune?.redoable ?? []
    for entry in entries { record(entry) }
  }

  /// The stacks after a history (its unread steps, then its entries).
  init(replaying log: HistoryLog) {
    self.init(after: log.prune)
    for step in log.unread { record(step) }
    for entry in log.entries { record(entry) }
  }

  /// Updates the stacks for a new entry.
  mutating func record(_ entry: HistoryEntry) { record(HistoryStep(entry)) }

  /// Updates the stacks for a new entry's step.
  mutating func record(_ entry: HistoryStep) {
    switch entry.kind {
    case .apply:
      undoable.append(entry.sequence)
      redoable = []
    case .undo:
      undoable.removeAll { $0 == entry.target }
      if let target = entry.target { redoable.append(target) }
    case .redo:
      redoable.removeAll { $0 == entry.target }
      if let target = entry.target { undoable.append(target) }
    }
  }
}
