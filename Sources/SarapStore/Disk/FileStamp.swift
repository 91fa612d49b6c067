import SarapCore

/// What a file held when Sarap last read or wrote it: its length and a hash of its bytes.
///
/// A session compares a file's stamp before replacing it, so a file changed behind its back (by
/// hand, by `git pull`) is never overwritten with stale content. The hash is the same in every
/// process (no per-process seed), so the project cache under `.sarap/cache/` can keep a file's
/// stamp and a later session can open from it.
public struct FileStamp: Hashable, Sendable {
  /// The length in bytes.
  public let length: Int
  /// A 64-bit hash of the bytes (``ContentHash``), the same in every process.
  public let hash: UInt64

  /// The stamp of some bytes.
  public init(_ bytes: [UInt8]) {
    length = bytes.count
    hash = bytes.withUnsafeBytes { ContentHash.of($0) }
  }

  /// The stamp of a text's UTF-8 bytes.
  public init(_ text: String) {
    var text = text
    self = text.withUTF8 {
      FileStamp(length: $0.count, hash: ContentHash.of(UnsafeRawBufferPointer($0)))
    }
  }

  /// A stamp as kept in the project cache.
  init(length: Int, hash: UInt64) {
    self.length = length
    self.hash = hash
  }
}
