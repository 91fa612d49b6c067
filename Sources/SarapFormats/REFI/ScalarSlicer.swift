import SarapCore

/// A text's passages between Unicode scalar offsets, cut from its UTF-8 bytes: one pass to find
/// where each scalar starts, then each passage is a copy of bytes (a transcript's selections
/// without a scalar array per passage).
struct ScalarSlicer {
  private let bytes: [UInt8]
  /// The byte offset of each scalar, then of the end.
  private let starts: [Int]

  /// A slicer for the text.
  init(_ text: String) {
    bytes = Array(text.utf8)
    var starts: [Int] = []
    starts.reserveCapacity(bytes.count + 1)
    for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
    starts.append(bytes.count)
    self.starts = starts
  }

  /// The passage covered by `range`, which must lie inside the text.
  subscript(range: TextRange) -> String {
    String(decoding: bytes[starts[range.start]..<starts[range.end]], as: UTF8.self)
  }
}
