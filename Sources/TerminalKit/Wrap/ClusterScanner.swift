/// Builds the columns of a ``ClusterTable`` in one pass over UTF-8.
///
/// Fast path: between two "simple" scalars (ASCII other than CR, Cyrillic letters, CJK unified
/// ideographs) there is
/// always a grapheme break (no Unicode rule joins them), so each is a cluster of its own and no
/// `Character` is made. Anything else falls back to the standard library's grapheme breaking.
struct ClusterScanner {
  var scalarStarts: [Int32] = []
  var utf8Starts: [Int32] = []
  var widths: [UInt8] = []
  var kinds: [ClusterTable.Kind] = []
  var scalarCount: Int32 = 0
  var byteCount: Int32 = 0

  init(capacity: Int) {
    scalarStarts.reserveCapacity(capacity)
    utf8Starts.reserveCapacity(capacity)
    widths.reserveCapacity(capacity)
    kinds.reserveCapacity(capacity)
  }

  /// Whether grapheme rules never join `value` with a neighbour that is also simple.
  @inline(__always)
  static func isSimple(_ value: UInt32) -> Bool {
    (value < 0x300 && value != 0x0D) || (value >= 0x400 && value < 0x483)
      || (value >= 0x48A && value < 0x530) || (value >= 0x4E00 && value < 0xA000)
  }

  /// Decodes the scalar at `offset` of valid UTF-8: its value and length in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    let second = UInt32(bytes[offset + 1]) & 0x3F
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
    let third = UInt32(bytes[offset + 2]) & 0x3F
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
    let fourth = UInt32(bytes[offset + 3]) & 0x3F
    return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
  }

  /// Scans `bytes`, the contiguous UTF-8 of `text`.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) {
    var offset = 0
    while offset < bytes.count {
      let (value, length) = Self.decode(bytes, at: offset)
      let next = offset + length
      if Self.isSimple(value)
        && (next == bytes.count || Self.isSimple(Self.decode(bytes, at: next).0))
      {
        appendSimple(value, length: length)
        offset = next
        continue
      }
      let character = text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
      append(character)
      offset += character.utf8.count
    }
  }

  /// Scans `text` one `Character` at a time (for strings without contiguous UTF-8).
  mutating func scanSlowly(_ text: String) {
    for character in text { append(character) }
  }

  @inline(__always)
  mutating func appendSimple(_ value: UInt32, length: Int) {
    scalarStarts.append(scalarCount)
    utf8Starts.append(byteCount)
    switch value {
    case 0x0A:
      kinds.append(.lineBreak)
      widths.append(0)
    case 0x20, 0x09:
      kinds.append(.space)
      widths.append(1)
    default:
      kinds.append(.text)
      // Simple scalars draw one cell (controls as U+FFFD), CJK ideographs two; tested.
      widths.append(value >= 0x4E00 ? 2 : 1)
    }
    scalarCount += 1
    byteCount += Int32(length)
  }

  mutating func append(_ character: Character) {
    scalarStarts.append(scalarCount)
    utf8Starts.append(byteCount)
    let kind = ClusterTable.kind(of: character)
    kinds.append(kind)
    widths.append(kind == .lineBreak ? 0 : UInt8(clamping: DisplayWidth.of(character)))
    scalarCount += Int32(character.unicodeScalars.count)
    byteCount += Int32(character.utf8.count)
  }

  /// Adds the end sentinels.
  mutating func finish() {
    scalarStarts.append(scalarCount)
    utf8Starts.append(byteCount)
  }
}
