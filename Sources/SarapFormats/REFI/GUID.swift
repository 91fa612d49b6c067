/// A REFI-QDA GUID: 128 bits written as lower-case hyphenated hex, `8-4-4-4-12`.
///
/// Reading accepts upper case and the braced form (`{…}`) other tools write; writing is always the
/// plain lower-case form.
public struct GUID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The GUID as written: 36 characters, lower-case hex digits and hyphens.
  public let rawValue: String

  /// Parses `8-4-4-4-12` hex digits, optionally in braces, in either case; nil for anything else.
  public init?(_ text: some StringProtocol) {
    var bytes = Array(text.utf8)
    if bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}"), bytes.count == 38 {
      bytes = Array(bytes.dropFirst().dropLast())
    }
    guard bytes.count == 36 else { return nil }
    for index in bytes.indices {
      if [8, 13, 18, 23].contains(index) {
        guard bytes[index] == UInt8(ascii: "-") else { return nil }
        continue
      }
      switch bytes[index] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): break
      case UInt8(ascii: "A")...UInt8(ascii: "F"): bytes[index] += 0x20
      default: return nil
      }
    }
    rawValue = String(decoding: bytes, as: UTF8.self)
  }

  /// Formats 16 bytes as a GUID.
  public init(bytes: [UInt8]) {
    precondition(bytes.count == 16, "a GUID has 16 bytes")
    var text = ""
    for (index, byte) in bytes.enumerated() {
      if [4, 6, 8, 10].contains(index) { text += "-" }
      text += byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
    }
    rawValue = text
  }

  /// The 16 bytes, most significant first.
  public var bytes: [UInt8] {
    let digits = rawValue.unicodeScalars.filter { $0 != "-" }.map { UInt8($0.value) }
    return stride(from: 0, to: 32, by: 2).map { index in
      nibble(digits[index]) << 4 | nibble(digits[index + 1])
    }
  }

  /// The name-based (version 5, SHA-1) GUID of `name` in `namespace`, as RFC 9562 defines it.
  public static func nameBased(_ name: String, in namespace: GUID) -> GUID {
    var digest = SHA1.hash(namespace.bytes + Array(name.utf8))
    digest[6] = digest[6] & 0x0F | 0x50
    digest[8] = digest[8] & 0x3F | 0x80
    return GUID(bytes: Array(digest.prefix(16)))
  }

  public var description: String { rawValue }

  public static func < (lhs: GUID, rhs: GUID) -> Bool { lhs.rawValue < rhs.rawValue }
}

private func nibble(_ digit: UInt8) -> UInt8 {
  digit <= UInt8(ascii: "9") ? digit - UInt8(ascii: "0") : digit - UInt8(ascii: "a") + 10
}
