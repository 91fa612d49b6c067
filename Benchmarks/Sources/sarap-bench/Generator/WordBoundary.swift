import SarapCore

/// Moves an offset to a neighbouring word boundary inside a turn's text.
enum WordBoundary {
  /// The offset `steps` word starts (or ends) away from `offset` (negative: backwards), staying
  /// within `span`; `offset` itself when `steps` is 0.
  static func step(
    from offset: Int, by steps: Int, within span: TextRange, in scalars: [Unicode.Scalar],
    wordStarts: Bool
  ) -> Int {
    var position = offset
    var remaining = abs(steps)
    let direction = steps < 0 ? -1 : 1
    while remaining > 0 {
      position += direction
      guard span.start <= position, position <= span.end else { return offset }
      if isBoundary(position, within: span, in: scalars, wordStarts: wordStarts) { remaining -= 1 }
    }
    return position
  }

  private static func isBoundary(
    _ position: Int, within span: TextRange, in scalars: [Unicode.Scalar], wordStarts: Bool
  ) -> Bool {
    if wordStarts {
      return position == span.start
        || (position < span.end && scalars[position - 1].properties.isWhitespace
          && !scalars[position].properties.isWhitespace)
    }
    return position == span.end
      || (position > span.start && scalars[position].properties.isWhitespace
        && !scalars[position - 1].properties.isWhitespace)
  }
}
