/// Where a transcript body's turns open and its paragraphs start, read in one pass over its UTF-8
/// bytes, counting Unicode scalar offsets, without building the body's scalar array.
public struct TextOutline: Hashable, Sendable {
  /// A line that opens a turn.
  public struct Opening: Hashable, Sendable {
    /// The label, its `textStart` an offset into the body.
    public var label: TurnLabel
    /// The offset of the line's first scalar.
    public var offset: Int
    /// How many line breaks come right before the line.
    public var newlinesBefore: Int

    /// Creates an opening.
    public init(label: TurnLabel, offset: Int, newlinesBefore: Int) {
      self.label = label
      self.offset = offset
      self.newlinesBefore = newlinesBefore
    }
  }

  /// The lines that open turns, in order.
  public var openings: [Opening] = []
  /// The offsets at which a paragraph other than the first starts (after a blank line), ascending.
  public var paragraphStarts: [Int] = []
  /// How many line breaks end the body.
  public var trailingNewlines = 0

  /// An outline as kept elsewhere (the project cache): its parts as given.
  public init(openings: [Opening], paragraphStarts: [Int], trailingNewlines: Int) {
    self.openings = openings
    self.paragraphStarts = paragraphStarts
    self.trailingNewlines = trailingNewlines
  }

  /// Reads the outline of a body.
  public init(_ text: String) {
    var text = text
    text.withUTF8 { scan($0) }
  }

  /// The scalars a label can span from its line's start: `[`, a question id and `]` within 24,
  /// a space, up to 25 speaker scalars, `:` and a space (TurnLabel.parse reads no further).
  private static let labelWindow = 64

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
    var window: [Unicode.Scalar] = []
    window.reserveCapacity(Self.labelWindow)
    var offset = 0
    var newlines = 0
    var atLineStart = true
    for index in bytes.indices {
      let byte = bytes[index]
      if byte & 0xC0 == 0x80 { continue }
      if byte == UInt8(ascii: "\n") {
        newlines += 1
        atLineStart = true
        offset += 1
        continue
      }
      if newlines >= 2 { paragraphStarts.append(offset) }
      if atLineStart {
        Self.decode(bytes, from: index, into: &window)
        if var label = TurnLabel.parse(window, at: 0) {
          label.textStart += offset
          openings.append(Opening(label: label, offset: offset, newlinesBefore: newlines))
        }
      }
      newlines = 0
      atLineStart = false
      offset += 1
    }
    trailingNewlines = newlines
  }

  /// Decodes up to ``labelWindow`` scalars of valid UTF-8 from `start`.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into window: inout [Unicode.Scalar]
  ) {
    window.removeAll(keepingCapacity: true)
    var index = start
    while index < bytes.count, window.count < labelWindow {
      let lead = bytes[index]
      let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      var value = UInt32(lead < 0x80 ? lead : lead & (0xFF >> (length + 1)))
      for next in (index + 1)..<min(index + length, bytes.count) {
        value = value << 6 | UInt32(bytes[next] & 0x3F)
      }
      window.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      index += length
    }
  }
}
