import Foundation

extension AtomicFile {
  /// Replaces the file at `url` with `bytes`, durably (as ``write(_:to:)`` does for text).
  public static func write(bytes: [UInt8], to url: URL) throws(StoreError) {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
    try writeNew(bytes, to: temporary)
    guard rename(temporary.path, url.path) == 0 else {
      let failure = POSIXCall.error(url.path, "rename a temporary file over")
      unlink(temporary.path)
      throw failure
    }
    try syncFolder(folder)
  }
}
