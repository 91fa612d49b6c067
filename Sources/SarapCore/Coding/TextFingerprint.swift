/// A 32-bit FNV-1a hash of a text's UTF-8 bytes, written as 8 lower-case hex digits.
///
/// Stored with each coding so that `sarap check` can tell when a transcript's text changed under a
/// coding since it was made.
public struct TextFingerprint: Hashable, Sendable, CustomStringConvertible {
  /// The hash value.
  public let value: UInt32

  /// Wraps a hash value.
  public init(value: UInt32) { self.value = value }

  /// Hashes the text.
  public init(of text: String) {
    var hash: UInt32 = 0x811C_9DC5
    for byte in text.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    value = hash
  }

  /// Parses 8 hex digits.
  public init?(hex: String) {
    guard hex.utf8.count == 8, let value = UInt32(hex, radix: 16) else { return nil }
    self.value = value
  }

  /// The hash as 8 lower-case hex digits.
  public var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }

  public var description: String { hex }
}
