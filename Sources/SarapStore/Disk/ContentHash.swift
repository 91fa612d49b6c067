/// A fast, fixed 64-bit hash of a file's bytes, eight bytes at a time: what a ``FileStamp`` keeps
/// to tell a changed file from an unchanged one.
///
/// Not cryptographic (a hand edit or a `git pull` is not an attack on it); the save's own checks
/// use SHA-256. Each 64-bit word is mixed by a full-width multiply (the folded 128-bit product, as
/// in wyhash), so a change of any bit of any word changes the hash with overwhelming likelihood.
enum ContentHash {
  private static let seed: UInt64 = 0xA076_1D64_78BD_642F
  private static let secret: UInt64 = 0xE703_7ED1_A0B4_28DB

  /// The hash of some bytes.
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var state = seed ^ UInt64(bytes.count) &* secret
    let words = bytes.count / 8
    var offset = 0
    for _ in 0..<words {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      state = fold(state ^ word, secret ^ UInt64(truncatingIfNeeded: offset))
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    return fold(state ^ tail ^ seed, secret ^ UInt64(bytes.count))
  }

  /// The 128-bit product of two words folded to 64 bits.
  private static func fold(_ left: UInt64, _ right: UInt64) -> UInt64 {
    let product = left.multipliedFullWidth(by: right)
    return product.high ^ product.low
  }
}
