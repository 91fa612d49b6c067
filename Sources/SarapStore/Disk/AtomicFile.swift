import Foundation

/// Durable file writes: a write is complete on disk, or not visible at all, when it returns.
///
/// The new bytes go to a temporary file in the same folder, which is flushed (`fsync`) and renamed
/// over the target; then the folder itself is flushed so the rename survives a crash. A reader
/// (or a crash) sees the old file or the new one, never a mix.
public enum AtomicFile {
  /// Replaces the file at `url` with `text`'s UTF-8 bytes, durably.
  public static func write(_ text: String, to url: URL) throws(StoreError) {
    try write(bytes: Array(text.utf8), to: url)
  }

  /// A hidden temporary name beside `url`: `.NAME.PID.RANDOM.tmp`.
  ///
  /// A session removes those whose process is gone when it opens the project (see
  /// ``StaleTemporaryFiles``).
  static func temporaryURL(for url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
  }

  /// Creates a new file (failing if it exists) with the bytes, flushed to disk; `mode` (the
  /// permission bits of the file it will replace) is kept, else the file gets 0644 less the umask.
  static func writeNew(_ bytes: [UInt8], to url: URL, mode: UInt32? = nil) throws(StoreError) {
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw POSIXCall.error(url.path, "create") }
    defer { close(descriptor) }
    do throws(StoreError) {
      if let mode, fchmod(descriptor, mode_t(mode)) != 0 {
        throw POSIXCall.error(url.path, "set the mode of")
      }
      try writeAll(bytes, to: descriptor, path: url.path)
      guard fsync(descriptor) == 0 else { throw POSIXCall.error(url.path, "flush") }
    } catch {
      unlink(url.path)
      throw error
    }
  }

  /// Writes every byte to an open descriptor, retrying short writes and interruptions.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(StoreError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw POSIXCall.error(path, "write")
      }
      offset += written
    }
  }

  /// Removes a file durably; a missing file is not an error.
  public static func remove(_ url: URL) throws(StoreError) {
    guard unlink(url.path) == 0 || errno == ENOENT else {
      throw POSIXCall.error(url.path, "remove")
    }
    try syncFolder(url.deletingLastPathComponent())
  }

  /// Flushes a folder's entries (new, renamed and removed names) to disk.
  public static func syncFolder(_ folder: URL) throws(StoreError) {
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw POSIXCall.error(folder.path, "open folder") }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw POSIXCall.error(folder.path, "flush folder") }
  }

  /// Creates a folder and its missing parents, flushing each new entry.
  public static func makeFolder(_ folder: URL) throws(StoreError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw StoreError.io(
          path: folder.path, operation: "create folder", message: "a file is there")
      }
      return
    }
    let parent = folder.deletingLastPathComponent()
    try makeFolder(parent)
    guard mkdir(folder.path, 0o755) == 0 || errno == EEXIST else {
      throw POSIXCall.error(folder.path, "create folder")
    }
    try syncFolder(parent)
  }
}

/// Turns `errno` into a ``StoreError``.
enum POSIXCall {
  static func error(_ path: String, _ operation: String) -> StoreError {
    .io(path: path, operation: operation, message: String(cString: strerror(errno)))
  }
}
