import SarapCore

/// A regular expression compiled for searching transcripts: matched on Unicode scalars, and run
/// only where its literal (``RegexLiteral``) occurs.
///
/// An expression that starts with a literal of two or more scalars (after a `\b`, if any) is
/// tried only where the literal occurs, anchored there; one that contains a literal elsewhere is run only on texts
/// that contain it; one without a usable literal is run on every text. The matches are the same
/// in all three cases: those of `matches(of:)`, leftmost first and not overlapping.
struct RegexSearch {
  private let regex: Regex<AnyRegexOutput>
  private let literal: RegexLiteral?
  private let finder: LiteralFinder?

  /// Compiles the expression.
  init(_ source: String) throws(SearchError) {
    do {
      regex = try Regex(source).matchingSemantics(.unicodeScalar)
    } catch {
      throw SearchError(message: "invalid regular expression '\(source)': \(error)")
    }
    literal = RegexLiteral.required(by: source)
    finder = literal.map(LiteralFinder.init)
  }

  /// The non-empty matches in a text, as scalar ranges.
  func matches(in text: String) -> [TextRange] {
    guard let literal, let finder else { return Self.everyMatch(of: regex, in: text) }
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
      if literal.isPrefix {
        return anchoredMatches(
          in: text, bytes: bytes, finder: finder, atWordBoundary: literal.startsAtWordBoundary)
      }
      return finder.next(in: bytes, from: 0) == nil ? [] : Self.everyMatch(of: regex, in: text)
    }
    return (found ?? nil) ?? Self.everyMatch(of: regex, in: text)
  }

  /// The matches of an expression that starts with the literal: tried where the literal occurs
  /// (and, after a leading `\b`, is at a word boundary); nil when a boundary cannot be told
  /// there (``WordBoundary``), for the text to be searched whole.
  private func anchoredMatches(
    in text: String, bytes: UnsafeBufferPointer<UInt8>, finder: LiteralFinder,
    atWordBoundary: Bool
  ) -> [TextRange]? {
    var result: [TextRange] = []
    var offsets = ScalarOffsets()
    var cursor = 0
    let utf8 = text.utf8
    while let start = finder.next(in: bytes, from: cursor) {
      let verdict = atWordBoundary ? WordBoundary.verdict(at: start, in: bytes) : .boundary
      guard verdict != .unknown else { return nil }
      guard verdict == .boundary else {
        cursor = start + LiteralFinder.decode(bytes, at: start).1
        continue
      }
      let index = utf8.index(utf8.startIndex, offsetBy: start)
      if let match = text[index...].prefixMatch(of: regex), !match.range.isEmpty {
        let end = utf8.distance(from: utf8.startIndex, to: match.range.upperBound)
        result.append(
          TextRange(
            start: offsets.scalar(atByte: start, in: bytes),
            end: offsets.scalar(atByte: end, in: bytes)))
        cursor = end
      } else {
        cursor = start + LiteralFinder.decode(bytes, at: start).1
      }
    }
    return result
  }

  /// Every non-empty match, converted to scalar offsets in one forward walk.
  private static func everyMatch(of regex: Regex<AnyRegexOutput>, in text: String) -> [TextRange] {
    var result: [TextRange] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var offset = 0
    for match in text.matches(of: regex) where !match.range.isEmpty {
      let start = offset + scalars.distance(from: index, to: match.range.lowerBound)
      let end = start + scalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
      result.append(TextRange(start: start, end: end))
      (index, offset) = (match.range.upperBound, end)
    }
    return result
  }
}

/// Turns ascending byte offsets of UTF-8 text into scalar offsets, counting as it goes.
private struct ScalarOffsets {
  private var byte = 0
  private var scalar = 0

  /// The scalar offset of a byte offset no smaller than the last one asked for.
  mutating func scalar(atByte target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    while byte < target {
      if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
      byte += 1
    }
    return scalar
  }
}
