import Foundation
import SarapCore
import SarapFormats

/// The undo history file, `.sarap/history`: one ``HistoryEntry`` per line, after a
/// ``HistoryPrune`` line when it was pruned.
///
/// Each entry is appended with a single `write` and flushed before the edit is acknowledged. A
/// crash can only leave a torn last line (no final `\n`): it was never acknowledged, so readers
/// ignore it and the next writer cuts it off. Pruning replaces the whole file atomically
/// (HistoryJournal+Prune.swift).
struct HistoryJournal {
  let url: URL
  let displayPath: String

  /// The history and the length in bytes of the intact part of the file.
  func read() throws(StoreError) -> (log: HistoryLog, intactLength: Int) {
    try read(skimming: false)
  }

  /// The history with its entries' lines skimmed for their steps only, for a writer that adds.
  ///
  /// The steps go to ``HistoryLog/unread``; the edits are not decoded. The order checks are those
  /// of ``read()``; a line the skim cannot read (``HistoryStep/skim(_:)``) is decoded whole, so
  /// its error is the same too. An edit malformed inside a well-formed line is found by the
  /// readers that decode it (undo, redo, `sarap history`, `sarap check`).
  func readSteps() throws(StoreError) -> (log: HistoryLog, intactLength: Int) {
    try read(skimming: true)
  }

  private func read(skimming: Bool) throws(StoreError) -> (log: HistoryLog, intactLength: Int) {
    guard let bytes = try FileReader.bytes(at: url) else { return (HistoryLog(), 0) }
    var log = HistoryLog()
    var previous: HistoryStep?
    var start = 0
    var number = 0
    while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
      number += 1
      do throws(ProjectFileError) {
        let text = try decodedLine(bytes[start..<newline], number: number)
        if skimming, let step = HistoryStep.skim(bytes[start..<newline]) {
          try checkOrder(step, after: previous, prune: log.prune, number: number)
          log.unread.append(step)
          previous = step
        } else if text.contains(#""pruned":"#),
          let prune = try HistoryFile.decodePruneLine(text, path: displayPath, number: number)
        {
          try checkPlace(of: prune, number: number)
          log.prune = prune
        } else {
          let entry = try HistoryFile.decodeLine(text, path: displayPath, number: number)
          let step = HistoryStep(entry)
          try checkOrder(step, after: previous, prune: log.prune, number: number)
          if skimming { log.unread.append(step) } else { log.entries.append(entry) }
          previous = step
        }
      } catch {
        throw StoreError.unparseable([error])
      }
      start = newline + 1
    }
    return (log, start)
  }

  /// Checks that a prune record is the first line: entries before it would be older than the
  /// entries it says were cut off.
  private func checkPlace(of prune: HistoryPrune, number: Int) throws(ProjectFileError) {
    guard number == 1 else {
      throw ProjectFileError(
        path: displayPath, line: number, column: 1,
        message: "a prune record (entries up to \(prune.through) cut off) can only be the first "
          + "line of the history")
    }
  }

  /// Checks that sequence numbers rise line by line and that an undo or redo names an earlier
  /// entry: lines out of order (swapped, or a number changed by hand) would undo the wrong edit.
  private func checkOrder(
    _ entry: HistoryStep, after previous: HistoryStep?, prune: HistoryPrune?, number: Int
  ) throws(ProjectFileError) {
    if previous == nil, let prune, prune.contains(entry.sequence) {
      throw ProjectFileError(
        path: displayPath, line: number, column: 1,
        message:
          "entry \(entry.sequence) follows the prune record of entries up to \(prune.through); "
          + "the history's entries must rise line by line (was the file edited by hand?)")
    }
    if let previous, entry.sequence <= previous.sequence {
      throw ProjectFileError(
        path: displayPath, line: number, column: 1,
        message:
          "entry \(entry.sequence) follows entry \(previous.sequence); the history's entries must "
          + "rise line by line (was the file edited by hand?)")
    }
    if let target = entry.target, target >= entry.sequence {
      throw ProjectFileError(
        path: displayPath, line: number, column: 1,
        message:
          "entry \(entry.sequence) is the \(entry.kind) of entry \(target), which is not "
          + "earlier in the history")
    }
  }

  /// A line's text; invalid UTF-8 is an error at its line and column, never replaced.
  private func decodedLine(_ bytes: ArraySlice<UInt8>, number: Int) throws(ProjectFileError)
    -> String
  {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    do {
      return try ProjectText.decodeUTF8(bytes, path: displayPath)
    } catch {
      throw ProjectFileError(
        path: displayPath, line: number, column: error.column, message: error.message)
    }
  }

  /// Reads the history and cuts a torn last line off the file, durably (for writers); with
  /// `skimming`, the entries are read as steps only (``readSteps()``).
  func readRepairing(skimming: Bool = false) throws(StoreError) -> HistoryLog {
    let (log, length) = try skimming ? readSteps() : read()
    guard try self.length() > length else { return log }
    guard Foundation.truncate(url.path, off_t(length)) == 0 else {
      throw POSIXCall.error(url.path, "cut a torn line off")
    }
    let descriptor = open(url.path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw POSIXCall.error(url.path, "open") }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw POSIXCall.error(url.path, "flush") }
    return log
  }

  /// The text of a line of the file (1-based), for pointing at a column in an error.
  func text(ofLine number: Int) -> String? {
    guard number >= 1, let bytes = try? FileReader.bytes(at: url) else { return nil }
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard number <= lines.count else { return nil }
    return String(validating: lines[number - 1], as: UTF8.self)
  }

  /// Appends one line durably.
  func append(_ line: String) throws(StoreError) {
    let existed = FileManager.default.fileExists(atPath: url.path)
    let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw POSIXCall.error(url.path, "open") }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw POSIXCall.error(url.path, "inspect") }
    do throws(StoreError) {
      try AtomicFile.writeAll(Array((line + "\n").utf8), to: descriptor, path: url.path)
      guard fsync(descriptor) == 0 else { throw POSIXCall.error(url.path, "flush") }
    } catch {
      // A line that failed is not part of the history: cut off whatever of it was written.
      _ = ftruncate(descriptor, status.st_size)
      throw error
    }
    if !existed { try AtomicFile.syncFolder(url.deletingLastPathComponent()) }
  }

  /// The file's length in bytes (0 when it does not exist).
  func length() throws(StoreError) -> Int64 {
    try DiskStat.of(url.path)?.size ?? 0
  }

  /// Cuts the file back to `length` bytes when it is longer: removes a line a failed save
  /// appended.
  func cut(to length: Int64) {
    guard let size = try? self.length(), size > length else { return }
    _ = Foundation.truncate(url.path, off_t(length))
  }
}
