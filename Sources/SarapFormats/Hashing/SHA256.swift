import Crypto

/// SHA-256 (FIPS 180-4) of a byte sequence, as lowercase hex: the content hash a save's record
/// names for each file's expected and written versions.
///
/// Computed by swift-crypto (BoringSSL's SHA-256, with the processor's SHA instructions where it
/// has them): a save hashes the versions of every file it replaces, so the hash is on the path of
/// every edit. The tests check it against the FIPS test vectors and against `sha256sum`.
public enum SHA256 {
  /// The digest of `bytes` as 64 lowercase hex digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    let digest = Crypto.SHA256.hash(data: bytes)
    var digits: [UInt8] = []
    digits.reserveCapacity(64)
    for byte in digest {
      digits.append(hexDigit(byte >> 4))
      digits.append(hexDigit(byte & 0x0F))
    }
    return String(decoding: digits, as: UTF8.self)
  }

  /// The digest of a text's UTF-8 bytes.
  public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
