/// A replacement's JSON form: `[start, removed, "text"]`, three values in an array.
extension TextPatch.Replacement: Codable {
  /// Decodes `[start, removed, "text"]`.
  public init(from decoder: any Decoder) throws {
    var values = try decoder.unkeyedContainer()
    start = try values.decode(Int.self)
    removed = try values.decode(Int.self)
    text = try values.decode(String.self)
    guard values.isAtEnd else {
      throw DecodingError.dataCorruptedError(
        in: values, debugDescription: "a replacement is [start, removed, \"text\"]")
    }
  }

  /// Encodes `[start, removed, "text"]`.
  public func encode(to encoder: any Encoder) throws {
    var values = encoder.unkeyedContainer()
    try values.encode(start)
    try values.encode(removed)
    try values.encode(text)
  }
}
