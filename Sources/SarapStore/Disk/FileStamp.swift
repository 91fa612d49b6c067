import SarapCore

/// What a file held when Sarap last read or wrote it: its length and a hash of its bytes.
///
/// A session compares a file's stamp before replacing it, so a file changed behind its back (by
/// hand, by `git pull`) is never overwritten with stale content.
public struct FileStamp: Hashable, Sendable {
  /// The length in bytes.
  public let length: Int
  /// The standard library's 64-bit hash (SipHash) of the bytes, seeded per process: stamps are
  /// compared only within the process that took them, never stored.
  public let hash: Int

  /// The stamp of some bytes.
  public init(_ bytes: [UInt8]) {
    length = bytes.count
    var hasher = Hasher()
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    hash = hasher.finalize()
  }

  /// The stamp of a text's UTF-8 bytes.
  public init(_ text: String) { self.init(Array(text.utf8)) }
}
