import Foundation

/// What `lstat` says about a file: enough to notice, cheaply, that it was replaced or written.
///
/// A session keeps one per file it read; before each edit it compares them with the disk and
/// reads (and hashes) only the files whose stat moved.
struct DiskStat: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modifiedSeconds: Int
  var modifiedNanoseconds: Int
  /// When the inode last changed (content, mode, links, a forged modification time): a time no
  /// user can set, which is why the project cache compares it too (git's rule).
  var changedSeconds = 0
  var changedNanoseconds = 0
  /// The permission bits (`st_mode & 0o7777`).
  var permissions: UInt32
  var isRegularFile: Bool
  var isSymbolicLink: Bool

  /// The stat of the entry at `path` (links not followed); nil when nothing is there.
  static func of(_ path: String) throws(StoreError) -> DiskStat? {
    var status = stat()
    guard lstat(path, &status) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw POSIXCall.error(path, "inspect")
    }
    return DiskStat(status)
  }

  /// The fields of a `stat` result.
  init(_ status: stat) {
    let kind = status.st_mode & S_IFMT
    self.init(
      device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
      modifiedSeconds: Int(status.st_mtim.tv_sec), modifiedNanoseconds: Int(status.st_mtim.tv_nsec),
      permissions: UInt32(status.st_mode) & 0o7777, isRegularFile: kind == S_IFREG,
      isSymbolicLink: kind == S_IFLNK)
    changedSeconds = Int(status.st_ctim.tv_sec)
    changedNanoseconds = Int(status.st_ctim.tv_nsec)
  }

  init(
    device: UInt64, inode: UInt64, size: Int64, modifiedSeconds: Int, modifiedNanoseconds: Int,
    permissions: UInt32, isRegularFile: Bool, isSymbolicLink: Bool
  ) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modifiedSeconds = modifiedSeconds
    self.modifiedNanoseconds = modifiedNanoseconds
    self.permissions = permissions
    self.isRegularFile = isRegularFile
    self.isSymbolicLink = isSymbolicLink
  }

  /// Whether two stats are of the same file with the same content as far as the file system
  /// says: same device, inode, size and modification time.
  func isSameVersion(as other: DiskStat) -> Bool {
    device == other.device && inode == other.inode && size == other.size
      && modifiedSeconds == other.modifiedSeconds
      && modifiedNanoseconds == other.modifiedNanoseconds
  }
}
