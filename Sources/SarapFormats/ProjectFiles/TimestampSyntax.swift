/// The ISO 8601 UTC form Sarap writes: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`.
enum TimestampSyntax {
  /// Whether the text has that form (digits where digits belong; ranges are not checked).
  static func isValid(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    let pattern = Array("dddd-dd-ddTdd:dd:dd".utf8)
    guard bytes.count >= pattern.count + 1, bytes.last == UInt8(ascii: "Z") else { return false }
    for (byte, expected) in zip(bytes, pattern) {
      let isDigit = (0x30...0x39).contains(byte)
      guard expected == UInt8(ascii: "d") ? isDigit : byte == expected else { return false }
    }
    let rest = bytes[pattern.count..<(bytes.count - 1)]
    guard let dot = rest.first else { return true }
    return dot == UInt8(ascii: ".") && rest.count > 1
      && rest.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
  }
}
