import SarapCore

/// The first line of a pruned history: which entries were cut off, when, and which of them the
/// undo and redo stacks still held, so that undoing one is refused by name rather than skipped.
public struct HistoryPrune: Hashable, Sendable {
  /// The sequence number of the last entry cut off; every entry kept comes after it.
  public var through: Int
  /// When the history was pruned.
  public var time: Timestamp
  /// Entries cut off that the undo stack held at the cut, most recent last (only the top ones
  /// that could still come up: see docs/FORMATS.md).
  public var undoable: [Int]
  /// Entries cut off that the redo stack held at the cut, most recent last (likewise).
  public var redoable: [Int]

  /// Creates a prune record.
  public init(through: Int, time: Timestamp, undoable: [Int] = [], redoable: [Int] = []) {
    self.through = through
    self.time = time
    self.undoable = undoable
    self.redoable = redoable
  }

  /// Whether an entry was cut off.
  public func contains(_ sequence: Int) -> Bool { sequence <= through }
}
