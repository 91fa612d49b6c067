import SarapFormats

/// The undo and redo stacks, rebuilt from the history by replaying its entries.
struct UndoStacks {
  /// Sequence numbers of `apply` entries that can be undone, most recent last.
  private(set) var undoable: [Int] = []
  /// Sequence numbers of undone `apply` entries that can be redone, most recent last.
  private(set) var redoable: [Int] = []

  init(replaying entries: [HistoryEntry] = []) {
    for entry in entries { record(entry) }
  }

  /// Updates the stacks for a new entry.
  mutating func record(_ entry: HistoryEntry) {
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
