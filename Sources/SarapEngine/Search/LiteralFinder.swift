/// Finds a regular expression's literal (``RegexLiteral``) in UTF-8 text: byte for byte, or,
/// when the expression ignores case, scalar by scalar by ``CaseKey``.
struct LiteralFinder: Sendable {
  private let bytes: [UInt8]
  private let keys: [UInt32]?

  /// A finder for the literal.
  init(_ literal: RegexLiteral) {
    bytes = Array(String(String.UnicodeScalarView(literal.scalars)).utf8)
    keys = literal.ignoresCase ? literal.scalars.map { CaseKey.key($0.value) } : nil
  }

  /// The byte offset of the first occurrence starting at or after `start`, if any.
  func next(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    if let keys { return nextKeyed(keys, in: text, from: start) }
    return bytes.withUnsafeBufferPointer { nextExact($0, in: text, from: start) }
  }

  /// Byte for byte, testing the literal's last byte first (in Cyrillic its first byte is in
  /// almost every letter).
  private func nextExact(
    _ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    let length = needle.count
    guard length > 0, text.count >= length else { return nil }
    let last = needle[length - 1]
    var position = start
    while position <= text.count - length {
      if text[position + length - 1] == last {
        var index = 0
        while index < length - 1, text[position + index] == needle[index] { index += 1 }
        if index == length - 1 { return position }
      }
      position += 1
    }
    return nil
  }

  /// Scalar by scalar, comparing keys.
  private func nextKeyed(_ keys: [UInt32], in text: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    var position = start
    while position < text.count {
      let (value, length) = Self.decode(text, at: position)
      if CaseKey.key(value) == keys[0], matchesRest(keys, in: text, from: position + length) {
        return position
      }
      position += length
    }
    return nil
  }

  private func matchesRest(_ keys: [UInt32], in text: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Bool
  {
    var position = start
    for key in keys.dropFirst() {
      guard position < text.count else { return false }
      let (value, length) = Self.decode(text, at: position)
      guard CaseKey.key(value) == key else { return false }
      position += length
    }
    return true
  }

  /// The scalar value starting at a byte of valid UTF-8, and its length in bytes.
  static func decode(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32, Int) {
    let lead = UInt32(text[position])
    if lead < 0x80 { return (lead, 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (0x7F >> length)
    for index in 1..<length { value = value << 6 | UInt32(text[position + index] & 0x3F) }
    return (value, length)
  }
}
