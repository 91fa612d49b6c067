import Foundation
import SarapFormats

extension PendingSave {
  /// Completes a save a crash interrupted, if there is one, or sets its record aside.
  ///
  /// The save is completed only when every file it names is still at the version it expected
  /// (or already at the version it writes). A file changed since (a `git pull`, a hand edit), a
  /// record that cannot be read, names a path outside the project's files, comes from a version
  /// of Sarap that recorded no hashes (and is not already complete), or cannot be completed
  /// (a name too long, a full disk) is moved to `.sarap/conflicts/` with the content it would
  /// have written, and ``StoreError/interruptedSaveSetAside(_:kept:)`` says so; nothing is
  /// overwritten and the project opens normally the next time.
  static func recover(in folder: ProjectFolder, journal: HistoryJournal) throws(StoreError) {
    let url = folder.layout.url(ProjectLayout.pending)
    let display = folder.displayPath(ProjectLayout.pending)
    let record: PendingSave
    do throws(StoreError) {
      guard let bytes = try FileReader.regularBytes(at: url.path) else { return }
      do { record = try PendingSave.decode(bytes) } catch {
        throw StoreError.io(
          path: display, operation: "read the record of an interrupted save",
          message: "it is not a readable record (\(Self.firstLine(of: error)))")
      }
      try record.validate(in: folder, display: display)
    } catch {
      throw try setAside(url, in: folder, reason: error.description)
    }
    try record.complete(url, in: folder, journal: journal)
  }

  /// Completes the save where every file is at its expected or written version.
  private func complete(_ url: URL, in folder: ProjectFolder, journal: HistoryJournal)
    throws(StoreError)
  {
    var needed: [File] = []
    var changed: [String] = []
    for file in files {
      let path = folder.displayPath(file.path)
      let current: String
      do { current = try FileReader.contentHash(at: folder.layout.url(file.path).path) } catch {
        changed.append("\(path) (\(error))")
        continue
      }
      if current == (file.content.map(SHA256.hex) ?? Self.absent) { continue }
      if let before = file.before, current == before {
        needed.append(file)
      } else {
        changed.append(path)
      }
    }
    guard changed.isEmpty else {
      let why =
        format == nil
        ? "was written by an older Sarap, without the content hashes that tell an unfinished save "
          + "from a change made since; it would change"
        : "would overwrite a change made since it began (by hand, by git pull) to"
      throw try Self.setAside(
        url, in: folder,
        reason: "the interrupted save recorded in "
          + "\(folder.displayPath(ProjectLayout.pending)) (never acknowledged) \(why): "
          + changed.joined(separator: ", ") + "; the version on disk stays")
    }
    var swaps: [FileSwap] = []
    do throws(StoreError) {
      for file in needed { swaps.append(try replace(file, in: folder)) }
      let entries = try journal.readRepairing().entries
      let last = entries.last?.sequence ?? 0
      let missing = historyLines.enumerated().filter { sequence + $0.offset > last }.map(\.element)
      if !missing.isEmpty { try journal.append(missing.joined(separator: "\n")) }
    } catch {
      for swap in swaps.reversed() { try? swap.rollBack() }
      throw try Self.setAside(
        url, in: folder,
        reason: "the interrupted save recorded in \(folder.displayPath(ProjectLayout.pending)) "
          + "could not be completed: \(error)")
    }
    Self.commit(swaps, record: url, folder: folder)
  }

  /// Throws unless the record is one this version can trust to complete: a known format, the
  /// project's own paths, contents matching their hashes, a history line of its sequence.
  private func validate(in folder: ProjectFolder, display: String) throws(StoreError) {
    guard format.map(Self.readableFormats.contains) ?? true else {
      throw StoreError.io(
        path: display, operation: "complete an interrupted save",
        message: "its format '\(format ?? "")' is not one this Sarap knows")
    }
    for file in files {
      _ = try PendingPath.confined(file.path, in: folder.layout, record: display)
      guard format == nil || file.after == (file.content.map(SHA256.hex) ?? Self.absent) else {
        throw StoreError.io(
          path: display, operation: "complete an interrupted save",
          message: "it is damaged: the content for \(file.path) does not match its hash")
      }
    }
    guard
      format == Self.bytesFormatLine || (laterHistoryLines != nil) == (format == Self.groupFormat)
    else {
      throw StoreError.io(
        path: display, operation: "complete an interrupted save",
        message: "it is damaged: its format does not match its history lines")
    }
    for (offset, line) in historyLines.enumerated() {
      let entry = try? HistoryFile.decodeLine(line, path: display, number: 1)
      guard !line.contains("\n"), entry?.sequence == sequence + offset else {
        throw StoreError.io(
          path: display, operation: "complete an interrupted save",
          message:
            "it is damaged: its history line is not an entry of sequence \(sequence + offset)")
      }
    }
  }

  /// Moves the record aside and returns the error that tells the user.
  private static func setAside(_ url: URL, in folder: ProjectFolder, reason: String)
    throws(StoreError) -> StoreError
  {
    let kept = try PendingSetAside.move(url, in: folder, reason: reason)
    return StoreError.interruptedSaveSetAside(reason, kept: kept)
  }

  private static func firstLine(of error: any Error) -> String {
    String("\(error)".prefix { $0 != "\n" }.prefix(200))
  }
}
