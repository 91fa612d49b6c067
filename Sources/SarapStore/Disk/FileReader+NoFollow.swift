import Foundation
import SarapFormats

extension FileReader {
  /// The bytes of the regular file at `path`, never following a symbolic link.
  ///
  /// Nil when nothing is there; a link, folder or device is refused.
  static func regularBytes(at path: String) throws(StoreError) -> [UInt8]? {
    try regularVersion(at: path)?.bytes
  }

  /// The bytes of the regular file at `path` and its stat, unchanged while it was read (a file
  /// written to during the read is refused as changed); nil when nothing is there.
  static func regularVersion(at path: String) throws(StoreError) -> (
    bytes: [UInt8], stat: DiskStat
  )? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      if errno == ELOOP {
        throw StoreError.io(
          path: path, operation: "read", message: "it is a symbolic link; Sarap does not follow it")
      }
      throw POSIXCall.error(path, "read")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw POSIXCall.error(path, "inspect") }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw StoreError.io(path: path, operation: "read", message: "it is not a regular file")
    }
    var bytes = try readExpected(Int(status.st_size), from: descriptor, path: path)
    // Anything past the size the file had when opened (it grew meanwhile: refused below).
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw POSIXCall.error(path, "read")
      }
      if count == 0 { break }
      bytes += chunk[0..<count]
    }
    var after = stat()
    guard fstat(descriptor, &after) == 0 else { throw POSIXCall.error(path, "inspect") }
    guard DiskStat(after).isSameVersion(as: DiskStat(status)) else {
      throw StoreError.changedOnDisk(path: path)
    }
    return (bytes, DiskStat(after))
  }

  /// Up to `size` bytes read straight into the array's storage (a large file is not copied
  /// through a smaller buffer); fewer when the file ends sooner.
  private static func readExpected(_ size: Int, from descriptor: Int32, path: String)
    throws(StoreError) -> [UInt8]
  {
    guard size > 0 else { return [] }
    var failure: Int32?
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
      guard let base = buffer.baseAddress else { return }
      while filled < size {
        let count = read(descriptor, base + filled, size - filled)
        if count < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if count == 0 { return }
        filled += count
      }
    }
    if let failure {
      errno = failure
      throw POSIXCall.error(path, "read")
    }
    return bytes
  }

  /// The SHA-256 of the file at `path`, or ``PendingSave/absent`` when nothing is there.
  static func contentHash(at path: String) throws(StoreError) -> String {
    try regularBytes(at: path).map(SHA256.hex) ?? PendingSave.absent
  }
}
