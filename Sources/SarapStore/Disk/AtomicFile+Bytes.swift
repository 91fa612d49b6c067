import Foundation

extension AtomicFile {
  /// Replaces the file at `url` with `bytes`, durably (as ``write(_:to:)`` does for text).
  ///
  /// The file's permission bits are kept.
  public static func write(bytes: [UInt8], to url: URL) throws(StoreError) {
    let folder = url.deletingLastPathComponent()
    let temporary = temporaryURL(for: url)
    let mode = try DiskStat.of(url.path).flatMap { $0.isRegularFile ? $0.permissions : nil }
    try writeNew(bytes, to: temporary, mode: mode)
    guard rename(temporary.path, url.path) == 0 else {
      let failure = POSIXCall.error(url.path, "rename a temporary file over")
      unlink(temporary.path)
      throw failure
    }
    try syncFolder(folder)
  }
}
