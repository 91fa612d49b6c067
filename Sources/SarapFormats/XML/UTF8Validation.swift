/// Checks that bytes are well-formed UTF-8 without making a string of them: a 261 MB QDPX
/// document was copied into a `String` only to be validated.
enum UTF8Validation {
  /// The byte offset at which the first ill-formed sequence starts (Unicode's table of
  /// well-formed byte sequences: no overlong forms, surrogates or scalars past U+10FFFF); nil
  /// when every byte belongs to a well-formed sequence.
  static func firstInvalid(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var index = 0
    while index < count {
      // Eight ASCII bytes at a time.
      while index + 8 <= count,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < count else { return nil }
      if base[index] < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(at: index, in: bytes) else { return index }
      index += length
    }
    return nil
  }

  /// The length of the well-formed multi-byte sequence starting at `index`, nil when it is not
  /// one.
  private static func sequenceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: return nil
    }
    guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else {
      return nil
    }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }
}
