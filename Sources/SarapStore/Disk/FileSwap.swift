import Foundation
import SarapFormats

/// One file of a save put in place, with the version it displaced kept (under a hidden temporary
/// name) until the save commits, so that a failed save can put every file back.
///
/// The file on disk is checked against the expected version (its SHA-256) immediately before it
/// is replaced, and, where the system can swap two names atomically (`renameat2` with
/// `RENAME_EXCHANGE` on Linux), the version actually displaced is checked again after the swap and
/// swapped back if it is not the expected one: a change made by someone else is never overwritten.
struct FileSwap {
  /// The file replaced, created or removed.
  let target: String
  /// Where the displaced version is kept until ``commit()``; nil when the file was new.
  let backup: String?
  /// Whether the save created the file.
  let created: Bool
  /// The content hash the displaced version had.
  var expected = PendingSave.absent
  /// The stat of the displaced version when its content was checked.
  var checked: DiskStat?

  /// Whether the displaced version is still what was checked when it was displaced: false when
  /// someone wrote into the old file (through a descriptor opened before the swap) since.
  var displacedIsIntact: Bool {
    guard let backup else { return true }
    return Self.holds(backup, expected, checked)
  }

  /// Whether the file at `path` is the version with hash `expected`: by its stat when it is the
  /// very version checked before (same inode, size and modification time), else by its content.
  static func holds(_ path: String, _ expected: String, _ checked: DiskStat?) -> Bool {
    if let checked, let now = try? DiskStat.of(path), now.isSameVersion(as: checked) {
      return true
    }
    return (try? FileReader.contentHash(at: path)) == expected
  }

  /// Puts `bytes` (nil: removes the file) at `url`, provided the file there has the content hash
  /// `expected` (``PendingSave/absent``: no file); refuses otherwise.
  static func replace(_ url: URL, with bytes: [UInt8]?, expected: String, display: String)
    throws(StoreError) -> FileSwap
  {
    let target = url.path
    let current = try DiskStat.of(target)
    if let current { try refuseToReplace(current, display: display) }
    guard (current == nil) == (expected == PendingSave.absent) else {
      throw StoreError.changedOnDisk(path: display)
    }
    guard let bytes else { return try removal(url, expected: expected, display: display) }
    try AtomicFile.makeFolder(url.deletingLastPathComponent())
    let staged = AtomicFile.temporaryURL(for: url).path
    try AtomicFile.writeNew(bytes, to: URL(fileURLWithPath: staged), mode: current?.permissions)
    do throws(StoreError) {
      try FaultPoint.reach("staged", path: display)
      let swap =
        current == nil
        ? try creation(target, from: staged, display: display)
        : try exchange(target, with: staged, expected: expected, display: display)
      try AtomicFile.syncFolder(url.deletingLastPathComponent())
      try FaultPoint.reach("swapped", path: display)
      return swap
    } catch {
      unlink(staged)
      throw error
    }
  }

  /// Puts the displaced version back (or removes a created file).
  func rollBack() throws(StoreError) {
    if let backup {
      guard Self.swapNames(backup, target) || rename(backup, target) == 0 else {
        throw POSIXCall.error(target, "put back the previous version of")
      }
      unlink(backup)
    } else if created {
      guard unlink(target) == 0 || errno == ENOENT else {
        throw POSIXCall.error(target, "remove a new file")
      }
    }
    try AtomicFile.syncFolder(URL(fileURLWithPath: target).deletingLastPathComponent())
  }

  /// Drops the displaced version: the save is complete.
  func commit() {
    if let backup { unlink(backup) }
  }

  /// A file Sarap does not replace: a link, a folder or device, or a file made read-only.
  static func refuseToReplace(_ status: DiskStat, display: String) throws(StoreError) {
    if status.isSymbolicLink {
      throw StoreError.io(
        path: display, operation: "replace",
        message: "it is a symbolic link; Sarap does not write through links")
    }
    guard status.isRegularFile else {
      throw StoreError.io(path: display, operation: "replace", message: "it is not a regular file")
    }
    guard status.permissions & 0o222 != 0 else {
      throw StoreError.io(
        path: display, operation: "replace",
        message: "the file is read-only (mode \(String(status.permissions, radix: 8))); make it "
          + "writable (chmod u+w) if Sarap may change it")
    }
  }

  private static func creation(_ target: String, from staged: String, display: String)
    throws(StoreError) -> FileSwap
  {
    guard link(staged, target) == 0 else {
      if errno == EEXIST { throw StoreError.changedOnDisk(path: display) }
      throw POSIXCall.error(display, "create")
    }
    unlink(staged)
    return FileSwap(target: target, backup: nil, created: true)
  }

  private static func exchange(
    _ target: String, with staged: String, expected: String, display: String
  ) throws(StoreError) -> FileSwap {
    let current: (bytes: [UInt8], stat: DiskStat)?
    do { current = try FileReader.regularVersion(at: target) } catch {
      throw StoreError.changedOnDisk(path: display)
    }
    guard let current, SHA256.hex(current.bytes) == expected else {
      throw StoreError.changedOnDisk(path: display)
    }
    if swapNames(staged, target) {
      // `staged` now holds exactly what was displaced: check it was the expected version.
      guard holds(staged, expected, current.stat) else {
        _ = swapNames(staged, target)
        throw StoreError.changedOnDisk(path: display)
      }
      return FileSwap(
        target: target, backup: staged, created: false, expected: expected, checked: current.stat)
    }
    let backup = AtomicFile.temporaryURL(for: URL(fileURLWithPath: target)).path
    guard link(target, backup) == 0 else {
      throw POSIXCall.error(display, "keep the old version of")
    }
    guard holds(backup, expected, current.stat), rename(staged, target) == 0 else {
      unlink(backup)
      throw StoreError.changedOnDisk(path: display)
    }
    return FileSwap(
      target: target, backup: backup, created: false, expected: expected, checked: current.stat)
  }

  private static func removal(_ url: URL, expected: String, display: String) throws(StoreError)
    -> FileSwap
  {
    let target = url.path
    guard expected != PendingSave.absent else {
      return FileSwap(target: target, backup: nil, created: false)
    }
    let backup = AtomicFile.temporaryURL(for: url).path
    guard rename(target, backup) == 0 else { throw POSIXCall.error(display, "remove") }
    guard (try? FileReader.contentHash(at: backup)) == expected else {
      rename(backup, target)
      throw StoreError.changedOnDisk(path: display)
    }
    try AtomicFile.syncFolder(url.deletingLastPathComponent())
    try FaultPoint.reach("swapped", path: display)
    return FileSwap(target: target, backup: backup, created: false, expected: expected)
  }

  /// Swaps two names atomically (`renameat2(…, RENAME_EXCHANGE)`); false when the system or the
  /// file system cannot, and the caller falls back to a link and a rename.
  static func swapNames(_ first: String, _ second: String) -> Bool {
    #if os(Linux)
      typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
      guard let symbol = dlsym(nil, "renameat2") else { return false }
      let renameAt2 = unsafeBitCast(symbol, to: RenameAt2.self)
      let exchange: UInt32 = 2  // RENAME_EXCHANGE
      return renameAt2(AT_FDCWD, first, AT_FDCWD, second, exchange) == 0
    #else
      return false
    #endif
  }
}
