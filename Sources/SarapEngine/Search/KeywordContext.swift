import SarapCore

/// Cuts a search hit's text and context from a body's UTF-8 bytes, walking from one hit to the
/// next, so that a search does not build the scalar array of every transcript it matches in.
struct KeywordContext {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var scalar = 0
  private var byte = 0

  /// A cutter over a body's bytes.
  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The text before, of and after a range, with up to `context` scalars either side; ranges
  /// must come in ascending order of their start.
  mutating func cut(_ range: TextRange, context: Int) -> (
    before: String, match: String, after: String
  ) {
    let start = advance(to: range.start)
    var end = start
    var count = range.start
    while count < range.end { (end, count) = (next(end), count + 1) }
    var first = start
    for _ in 0..<context where first > 0 { first = previous(first) }
    var last = end
    for _ in 0..<context where last < bytes.count { last = next(last) }
    return (string(first, start), string(start, end), string(end, last))
  }

  /// The byte offset of a scalar offset no smaller than the last start asked for.
  private mutating func advance(to target: Int) -> Int {
    while scalar < target { (byte, scalar) = (next(byte), scalar + 1) }
    return byte
  }

  private func next(_ offset: Int) -> Int {
    var offset = offset + 1
    while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
    return offset
  }

  private func previous(_ offset: Int) -> Int {
    var offset = offset - 1
    while offset > 0, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  private func string(_ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
  }
}
