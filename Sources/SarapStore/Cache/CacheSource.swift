import Foundation

/// The version of a project file a cache entry was made from: its stat, when its bytes were read,
/// and its stamp (length and content hash).
///
/// An entry is used without reading the file only when device, inode, size, modification and
/// change times (to the nanosecond) are all as recorded (git's index rule; the change time cannot
/// be set by hand, so a forged modification time is still seen) and the file last changed well
/// before its bytes were read. A file changed within ``racyWindow`` of being read could have been
/// written again in the same clock tick without its stat moving: such an entry is *racy*, and the
/// file is re-read and its hash compared each time until a later read settles it.
struct CacheSource: Hashable, Sendable {
  /// The file's stat when it was read.
  var stat: DiskStat
  /// When its bytes were read, in nanoseconds since 1970 (the file system's clock).
  var readNanoseconds: Int
  /// Its length and content hash.
  var stamp: FileStamp

  /// How close to its read a change makes an entry racy: two seconds, wider than any local file
  /// system's timestamp tick (FAT's is two seconds, ext4's and tmpfs's a few milliseconds).
  static let racyWindow = 2_000_000_000

  /// What a cache entry is worth against the file's stat now.
  enum Verdict {
    /// The file is the version recorded: use the entry.
    case fresh
    /// Same stat, but changed too close to its read to trust the stat alone: compare the hash.
    case racy
    /// Another version (or not a regular file): decode the file again.
    case stale
  }

  /// The verdict for the file's stat now.
  func verdict(_ now: DiskStat) -> Verdict {
    guard now.isRegularFile, !now.isSymbolicLink, now.device == stat.device,
      now.inode == stat.inode, now.size == stat.size,
      now.modifiedSeconds == stat.modifiedSeconds,
      now.modifiedNanoseconds == stat.modifiedNanoseconds,
      now.changedSeconds == stat.changedSeconds,
      now.changedNanoseconds == stat.changedNanoseconds
    else { return .stale }
    return Self.isSettled(now, readAt: readNanoseconds) ? .fresh : .racy
  }

  /// Whether two sources describe the same version of a file: same stat and same stamp.
  func isSameVersion(as other: CacheSource) -> Bool {
    stamp == other.stamp && verdict(other.stat) != .stale
  }

  /// Whether a file with this stat, read at `readNanoseconds`, had stopped changing when it was
  /// read (its last change more than ``racyWindow`` before).
  static func isSettled(_ stat: DiskStat, readAt readNanoseconds: Int) -> Bool {
    let modified = stat.modifiedSeconds &* 1_000_000_000 &+ stat.modifiedNanoseconds
    let changed = stat.changedSeconds &* 1_000_000_000 &+ stat.changedNanoseconds
    return max(modified, changed) &+ racyWindow < readNanoseconds
  }

  /// The time now on the clock file times come from, in nanoseconds since 1970.
  static func now() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
  }

  /// The name of this exact content of a file, for bodies not yet read (``TranscriptText``).
  func origin(of path: String) -> String { "\(path)#\(stamp.length)#\(stamp.hash)" }

  func write(to writer: inout CacheWriter) {
    writer.word(stat.device)
    writer.word(stat.inode)
    writer.integer(Int(stat.size))
    writer.integer(stat.modifiedSeconds)
    writer.integer(stat.modifiedNanoseconds)
    writer.integer(stat.changedSeconds)
    writer.integer(stat.changedNanoseconds)
    writer.integer(readNanoseconds)
    writer.word(stamp.hash)
  }

  init(stat: DiskStat, readNanoseconds: Int, stamp: FileStamp) {
    self.stat = stat
    self.readNanoseconds = readNanoseconds
    self.stamp = stamp
  }

  init(from reader: inout CacheReader) throws(CacheDamage) {
    let device = try reader.word()
    let inode = try reader.word()
    let size = try reader.count(upTo: Int.max)
    stat = DiskStat(
      device: device, inode: inode, size: Int64(size), modifiedSeconds: try reader.integer(),
      modifiedNanoseconds: try reader.integer(), permissions: 0, isRegularFile: true,
      isSymbolicLink: false)
    stat.changedSeconds = try reader.integer()
    stat.changedNanoseconds = try reader.integer()
    readNanoseconds = try reader.integer()
    stamp = FileStamp(length: size, hash: try reader.word())
  }
}
