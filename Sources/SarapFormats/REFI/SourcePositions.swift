import SarapCore

/// A source text as imported, and the maps from each position convention to Sarap's offsets.
///
/// Sarap stores the text with a leading byte order mark removed and CRLF (and a lone CR) as LF;
/// offsets count Unicode scalars of that text. A selection's positions are mapped into it under a
/// ``PositionConvention``.
struct SourcePositions {
  /// The text as Sarap stores it.
  let text: TranscriptText
  /// Whether the stored file has a CRLF (so counting it as one or two differs).
  let hasCRLF: Bool
  /// Whether the text has characters outside the BMP (so UTF-16 and code points differ).
  let hasAstral: Bool
  /// For each scalar offset of the file as stored (BOM removed), the offset in ``text``; nil when
  /// they are the same.
  private let storedToText: [Int]?
  /// For each UTF-16 offset of the file as stored, its scalar offset there (-1 inside a pair); nil
  /// when the text has no character outside the BMP (then the offsets are the same).
  private let storedUTF16: [Int]?
  /// For each UTF-16 offset of ``text``, its scalar offset (-1 inside a surrogate pair); nil when
  /// the same.
  private let textUTF16: [Int]?

  /// Reads a file's text; a leading byte order mark is dropped.
  init(stored: String) {
    let bytes = stored.utf8
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    hasAstral = bytes.contains { $0 >= 0xF0 }
    guard hasBOM || bytes.contains(0x0D) else {
      text = TranscriptText(stored)
      hasCRLF = false
      storedToText = nil
      storedUTF16 = hasAstral ? Self.utf16Map(stored.unicodeScalars) : nil
      textUTF16 = storedUTF16
      return
    }
    var scalars = Array(stored.unicodeScalars)
    if hasBOM { scalars.removeFirst() }
    var normalised = String.UnicodeScalarView()
    var map: [Int] = []
    map.reserveCapacity(scalars.count + 1)
    var crlf = false
    for (index, scalar) in scalars.enumerated() {
      map.append(normalised.count)
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
        crlf = true
        continue
      }
      normalised.append(scalar == "\r" ? "\n" : scalar)
    }
    map.append(normalised.count)
    text = TranscriptText(String(normalised))
    storedToText = map
    hasCRLF = crlf
    storedUTF16 = hasAstral ? Self.utf16Map(scalars) : nil
    textUTF16 = hasAstral ? Self.utf16Map(text.scalars) : nil
  }

  /// The conventions worth trying: those that can give different offsets for this text.
  var candidates: [PositionConvention] {
    PositionConvention.preferenceOrder.filter { convention in
      (hasCRLF || convention.crlfCountsTwo) && (hasAstral || convention.unit == .scalar)
    }
  }

  /// The range in ``text`` that positions `start` and `end` select under a convention; nil when
  /// they are reversed, empty or outside the text.
  func range(start: Int, end: Int, under convention: PositionConvention) -> TextRange? {
    let end = convention.inclusiveEnd ? end + 1 : end
    guard start >= 0, start < end, let lower = offset(start, convention),
      let upper = offset(end, convention), lower < upper
    else { return nil }
    return TextRange(start: lower, end: upper)
  }

  private func offset(_ position: Int, _ convention: PositionConvention) -> Int? {
    var scalar = position
    if convention.unit == .utf16,
      let map = convention.crlfCountsTwo ? storedUTF16 : textUTF16
    {
      guard position < map.count, map[position] >= 0 else { return nil }
      scalar = map[position]
    }
    if convention.crlfCountsTwo, let storedToText {
      guard scalar < storedToText.count else { return nil }
      return storedToText[scalar]
    }
    return scalar <= text.scalarCount ? scalar : nil
  }

  private static func utf16Map(_ scalars: some Collection<Unicode.Scalar>) -> [Int] {
    var map: [Int] = []
    for (index, scalar) in scalars.enumerated() {
      map.append(index)
      if scalar.value > 0xFFFF { map.append(-1) }
    }
    map.append(scalars.count)
    return map
  }
}
