import Foundation
import SarapCore
import SarapFormats

/// What pruning the undo history did.
public struct HistoryPruneOutcome: Hashable, Sendable {
  /// How many entries were cut off.
  public var removed: Int
  /// How many entries were kept.
  public var kept: Int
  /// The size of `.sarap/history` before, in bytes.
  public var bytesBefore: Int64
  /// The size of `.sarap/history` after, in bytes.
  public var bytesAfter: Int64
}

extension ProjectSession {
  /// How many entries ``pruneHistory(keeping:)`` keeps unless told otherwise (the undo depth).
  public static let historyKeptByDefault = HistoryJournal.keptByDefault

  /// Cuts all but the last `keep` entries off the undo history, atomically and under the
  /// project's lock; undoing an entry cut off is refused afterwards with
  /// ``StoreError/historyPruned(_:)``.
  @discardableResult
  public func pruneHistory(keeping keep: Int = historyKeptByDefault) throws(StoreError)
    -> HistoryPruneOutcome
  {
    guard !isReadOnly else { throw StoreError.readOnly }
    if let failure { throw StoreError.needsReopen(failure) }
    let before = try journal.length()
    let log = try journal.readRepairing()
    guard let pruned = HistoryJournal.pruned(log, keeping: keep, at: Timestamp.now()) else {
      return HistoryPruneOutcome(
        removed: 0, kept: log.entries.count, bytesBefore: before, bytesAfter: before)
    }
    try journal.rewrite(pruned)
    history = pruned.entries
    historyPrune = pruned.prune
    lastUnreadStep = nil
    stacks = UndoStacks(replaying: pruned)
    return HistoryPruneOutcome(
      removed: log.entries.count - pruned.entries.count, kept: pruned.entries.count,
      bytesBefore: before, bytesAfter: try journal.length())
  }
}
