import SarapCore

/// What a file held when Sarap last read or wrote it: its length and a hash of its bytes.
///
/// A session compares a file's stamp before replacing it, so a file changed behind its back (by
/// hand, by `git pull`) is never overwritten with stale content.
public struct FileStamp: Hashable, Sendable {
  /// The length in bytes.
  public let length: Int
  /// FNV-1a of the bytes.
  public let hash: TextFingerprint

  /// The stamp of some bytes.
  public init(_ bytes: [UInt8]) {
    length = bytes.count
    var value: UInt32 = 0x811C_9DC5
    for byte in bytes {
      value ^= UInt32(byte)
      value = value &* 0x0100_0193
    }
    hash = TextFingerprint(value: value)
  }

  /// The stamp of a text's UTF-8 bytes.
  public init(_ text: String) { self.init(Array(text.utf8)) }
}
