/// A REFI-QDA GUID: 128 bits written as lower-case hyphenated hex, `8-4-4-4-12`.
///
/// Reading accepts upper case and the braced form (`{…}`) other tools write; writing is always the
/// plain lower-case form. The value is held as two 64-bit words, not as text: a project at scale
/// keeps hundreds of thousands of GUIDs in dictionaries, and a word pair hashes and compares
/// without a heap allocation or a walk over 36 characters.
public struct GUID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The first 8 bytes, most significant first.
  private let high: UInt64
  /// The last 8 bytes, most significant first.
  private let low: UInt64

  /// The GUID as written: 36 characters, lower-case hex digits and hyphens.
  public var rawValue: String {
    String(unsafeUninitializedCapacity: 36) { buffer in
      var index = 0
      for byte in 0..<16 {
        if byte == 4 || byte == 6 || byte == 8 || byte == 10 {
          buffer[index] = UInt8(ascii: "-")
          index += 1
        }
        let value = self.byte(byte)
        buffer[index] = hexDigit(value >> 4)
        buffer[index + 1] = hexDigit(value & 0x0F)
        index += 2
      }
      return 36
    }
  }

  /// Parses `8-4-4-4-12` hex digits, optionally in braces, in either case; nil for anything else.
  public init?(_ text: some StringProtocol) {
    guard let guid = GUID(ascii: text.utf8) else { return nil }
    self = guid
  }

  /// Parses the UTF-8 bytes of `8-4-4-4-12` hex digits, optionally in braces, in either case.
  init?(ascii text: some Collection<UInt8>) {
    var count = text.count
    var digits = text.makeIterator()
    if count == 38 {
      guard text.first == UInt8(ascii: "{") else { return nil }
      _ = digits.next()
      count = 36
    }
    guard count == 36 else { return nil }
    var words: (UInt64, UInt64) = (0, 0)
    for index in 0..<36 {
      guard let byte = digits.next() else { return nil }
      if index == 8 || index == 13 || index == 18 || index == 23 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard let value = hexValue(byte) else { return nil }
      if index < 18 {
        words.0 = words.0 << 4 | UInt64(value)
      } else {
        words.1 = words.1 << 4 | UInt64(value)
      }
    }
    if text.count == 38, digits.next() != UInt8(ascii: "}") { return nil }
    (high, low) = words
  }

  /// Formats 16 bytes as a GUID.
  public init(bytes: [UInt8]) {
    precondition(bytes.count == 16, "a GUID has 16 bytes")
    high = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
    low = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The 16 bytes, most significant first.
  public var bytes: [UInt8] {
    (0..<16).map(byte)
  }

  /// The byte at `index` (0 the most significant).
  private func byte(_ index: Int) -> UInt8 {
    UInt8(truncatingIfNeeded: (index < 8 ? high : low) >> UInt64(56 - 8 * (index % 8)))
  }

  /// The name-based (version 5, SHA-1) GUID of `name` in `namespace`, as RFC 9562 defines it.
  public static func nameBased(_ name: String, in namespace: GUID) -> GUID {
    var digest = SHA1.hash(namespace.bytes + Array(name.utf8))
    digest[6] = digest[6] & 0x0F | 0x50
    digest[8] = digest[8] & 0x3F | 0x80
    return GUID(bytes: Array(digest.prefix(16)))
  }

  public var description: String { rawValue }

  /// The order of ``rawValue``: fixed-width lower-case hex orders as the numbers it writes.
  public static func < (lhs: GUID, rhs: GUID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}

private func hexDigit(_ value: UInt8) -> UInt8 {
  value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
}

private func hexValue(_ digit: UInt8) -> UInt8? {
  switch digit {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
  default: nil
  }
}
