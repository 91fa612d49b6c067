import Foundation

extension AtomicFile {
  /// Replaces the file at `url` with what `write` writes to an open descriptor, durably (as
  /// ``write(bytes:to:)`` does), without holding the whole file in memory.
  ///
  /// `write` gets the descriptor of a new temporary file beside `url` and that file's path (for
  /// errors); the file is flushed and renamed over `url` once it returns, and removed when it
  /// throws. The permission bits of the file replaced are kept.
  static func write(to url: URL, _ write: (Int32, String) throws -> Void) throws {
    let temporary = temporaryURL(for: url)
    let mode = try DiskStat.of(url.path).flatMap { $0.isRegularFile ? $0.permissions : nil }
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw POSIXCall.error(temporary.path, "create") }
    do {
      defer { close(descriptor) }
      if let mode, fchmod(descriptor, mode_t(mode)) != 0 {
        throw POSIXCall.error(temporary.path, "set the mode of")
      }
      try write(descriptor, temporary.path)
      guard fsync(descriptor) == 0 else { throw POSIXCall.error(temporary.path, "flush") }
    } catch {
      unlink(temporary.path)
      throw error
    }
    guard rename(temporary.path, url.path) == 0 else {
      let failure = POSIXCall.error(url.path, "rename a temporary file over")
      unlink(temporary.path)
      throw failure
    }
    try syncFolder(url.deletingLastPathComponent())
  }
}
