import Foundation
import SarapFormats

/// A save in progress, written to `.sarap/pending` before any project file is replaced.
///
/// An edit can change several files (merging codes rewrites the codebook and codings files). The
/// new content of every file, the SHA-256 of the version it replaces and of the version it writes,
/// and the history line are first written here durably; then each file is replaced (each checked
/// against its expected version just before); then the history is appended; then this record is
/// removed. A failed save puts the files back and removes the record. A session that finds the
/// record on opening completes the save only where every file is still at its expected version or
/// already at the new one; otherwise it sets the record aside (see ``PendingSave/recover``).
struct PendingSave: Codable {
  /// The format line of records of one edit.
  static let currentFormat = "sarap-pending 2"
  /// The format line of records of a group of edits (``ProjectSession/applyGroup(_:)``).
  ///
  /// Version 2 with ``laterHistoryLines``. A Sarap that knows only version 2 sets such a record aside
  /// instead of completing it without the group's later history lines.
  static let groupFormat = "sarap-pending 3"
  /// The formats of the records this Sarap reads (besides version 1, which has none).
  static let readableFormats: Set = [currentFormat, groupFormat, bytesFormatLine]
  /// The content hash standing for "no file".
  static let absent = "absent"

  /// One file to replace (`content`) or remove (`content == nil`), relative to the project.
  struct File: Codable {
    var path: String
    var content: String?
    /// SHA-256 of the file the save expects to replace, or ``PendingSave/absent``; nil only in
    /// version 1 records.
    var before: String?
    /// SHA-256 of `content`, or ``PendingSave/absent`` for a removal; nil only in version 1.
    var after: String?
    /// The length in bytes of `content` in a version 4 record, whose JSON line lists the files
    /// without their contents (see ``encodedBytes()``); nil otherwise.
    var length: Int?
  }

  /// `sarap-pending 2`; nil in version 1 records (which carried no hashes).
  var format: String?
  var files: [File]
  var sequence: Int
  var historyLine: String
  /// The history lines of a group's edits after the first, sequences `sequence + 1` on; nil in a
  /// record of one edit.
  var laterHistoryLines: [String]?

  /// Every history line the save appends, in order.
  var historyLines: [String] { [historyLine] + (laterHistoryLines ?? []) }

  /// Makes the record one of a group whose later edits have these history lines.
  mutating func addLaterHistoryLines(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    laterHistoryLines = lines
    format = Self.groupFormat
  }

  /// A record of the current version; `before` maps each path to the hash of the file as the
  /// session found it.
  init(files: [File], before: [String: String], sequence: Int, historyLine: String) {
    format = Self.currentFormat
    self.files = files.map { file in
      File(
        path: file.path, content: file.content, before: before[file.path] ?? Self.absent,
        after: file.content.map(SHA256.hex) ?? Self.absent)
    }
    self.sequence = sequence
    self.historyLine = historyLine
  }

  /// Writes the record, replaces the files, appends the history line and removes the record; on
  /// failure puts back every file already replaced and removes the record, so a failed edit is
  /// never completed later.
  func perform(in folder: ProjectFolder, journal: HistoryJournal) throws(StoreError) {
    let layout = folder.layout
    for file in files { _ = try PendingPath.confined(file.path, in: layout, record: "this save") }
    let url = layout.url(ProjectLayout.pending)
    try AtomicFile.makeFolder(url.deletingLastPathComponent())
    try AtomicFile.write(bytes: try encoded(url), to: url)
    var swaps: [FileSwap] = []
    let historyLength = try journal.length()
    do throws(StoreError) {
      try FaultPoint.reach("pending", path: folder.displayPath(ProjectLayout.pending))
      for file in files {
        swaps.append(try replace(file, in: folder))
      }
      try journal.append(historyLines.joined(separator: "\n"))
      try FaultPoint.reach("history", path: journal.displayPath)
      if let written = swaps.first(where: { !$0.displacedIsIntact }) {
        throw StoreError.changedOnDisk(path: written.target)
      }
      try FaultPoint.reach("committed", path: folder.displayPath(ProjectLayout.pending))
    } catch {
      journal.cut(to: historyLength)
      try Self.abandon(swaps, record: url, folder: folder, failure: error)
    }
    Self.commit(swaps, record: url, folder: folder)
  }

  /// Puts back the files of a failed save and removes its record; throws the failure (or, when a
  /// file cannot be put back, why, with the record set aside for the user).
  static func abandon(
    _ swaps: [FileSwap], record url: URL, folder: ProjectFolder, failure: StoreError
  ) throws(StoreError) -> Never {
    var unrestored: [String] = []
    for swap in swaps.reversed() {
      do { try swap.rollBack() } catch { unrestored.append(swap.target) }
    }
    guard unrestored.isEmpty else {
      let reason = "\(failure); and \(unrestored.joined(separator: ", ")) could not be put back"
      let kept = (try? PendingSetAside.move(url, in: folder, reason: reason)) ?? url.path
      throw StoreError.needsReopen("\(reason) (the save's record is kept in \(kept))")
    }
    unlink(url.path)
    _ = try? AtomicFile.syncFolder(url.deletingLastPathComponent())
    throw failure
  }

  /// Drops the displaced versions and removes the record: the save is complete.
  ///
  /// Every file and the history line are on disk by now, so the edit stands even if the record
  /// cannot be removed: the next session finds every file at its new version and removes it.
  static func commit(_ swaps: [FileSwap], record url: URL, folder: ProjectFolder) {
    for swap in swaps { swap.commit() }
    unlink(url.path)
    _ = try? AtomicFile.syncFolder(url.deletingLastPathComponent())
  }

  /// Replaces one file, checked against its expected version.
  func replace(_ file: File, in folder: ProjectFolder) throws(StoreError) -> FileSwap {
    try FileSwap.replace(
      folder.layout.url(file.path), with: file.content.map { Array($0.utf8) },
      expected: file.before ?? Self.absent, display: folder.displayPath(file.path))
  }

  private func encoded(_ url: URL) throws(StoreError) -> [UInt8] {
    do { return try encodedBytes() } catch {
      throw StoreError.io(path: url.path, operation: "encode", message: "\(error)")
    }
  }
}
