import Foundation
import SarapCore
import SarapFormats

extension HistoryJournal {
  /// How many entries a prune keeps unless told otherwise: the undo depth kept.
  static let keptByDefault = 500
  /// A writer prunes the history to ``keptByDefault`` entries when it holds more than this many.
  static let automaticPruneAbove = 2 * keptByDefault

  /// The history with all but its last `keep` entries cut off, and a prune record naming what
  /// was cut and the stack entries among them that could still come up; nil when it holds no more
  /// than `keep` entries.
  ///
  /// The entries kept are recorded with diffs (``HistoryEntry/diffed()``), version 1 lines
  /// included. Of the stacks at the cut only the top `keep + 1` are recorded: each line after
  /// the cut moves a stack by at most one entry, and an undo of an entry cut off is refused, so
  /// deeper ones can never come up.
  static func pruned(_ log: HistoryLog, keeping keep: Int, at time: Timestamp) -> HistoryLog? {
    let cut = log.entries.count - max(keep, 0)
    guard cut > 0 else { return nil }
    let removed = Array(log.entries[..<cut])
    let stacks = UndoStacks(replaying: removed, after: log.prune)
    let prune = HistoryPrune(
      through: removed[removed.count - 1].sequence, time: time,
      undoable: Array(stacks.undoable.suffix(keep + 1)),
      redoable: Array(stacks.redoable.suffix(keep + 1)))
    return HistoryLog(prune: prune, entries: log.entries[cut...].map { $0.diffed() })
  }

  /// Replaces the file with `log`, atomically: a new file written and flushed beside it, then
  /// renamed over it, so a crash leaves either the old history or the new one.
  func rewrite(_ log: HistoryLog) throws(StoreError) {
    var lines = log.prune.map { [HistoryFile.encodePruneLine($0)] } ?? []
    lines += log.entries.map(HistoryFile.encodeLine)
    let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
    let temporary = AtomicFile.temporaryURL(for: url)
    try AtomicFile.writeNew(bytes, to: temporary)
    do throws(StoreError) {
      try FaultPoint.reach("prune", path: displayPath)
      guard rename(temporary.path, url.path) == 0 else {
        throw POSIXCall.error(url.path, "rename the pruned history over")
      }
    } catch {
      unlink(temporary.path)
      throw error
    }
    try AtomicFile.syncFolder(url.deletingLastPathComponent())
  }

  /// Reads the history for a writer: a torn last line cut off, and the history pruned to
  /// ``keptByDefault`` entries when it holds more than ``automaticPruneAbove``; with `skimming`,
  /// the entries are read as steps only (``readSteps()``) unless it is pruned.
  func readForWriting(skimming: Bool = false) throws(StoreError) -> HistoryLog {
    var log = try readRepairing(skimming: skimming)
    guard log.entries.count + log.unread.count > Self.automaticPruneAbove else { return log }
    if !log.unread.isEmpty { log = try read().log }
    guard
      let pruned = Self.pruned(log, keeping: Self.keptByDefault, at: Timestamp.now())
    else { return log }
    try rewrite(pruned)
    return pruned
  }
}
