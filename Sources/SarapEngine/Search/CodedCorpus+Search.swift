import SarapCore

// MARK: - Search

extension CodedCorpus {
  /// Finds a text or a regular expression in the transcripts, keyword-in-context.
  ///
  /// - Parameters:
  ///   - pattern: What to look for.
  ///   - context: How many characters (Unicode scalars) of text to give before and after a match.
  ///   - filter: Restricts the transcripts searched and, with ``SegmentFilter/questions``, the
  ///     questions a match must start under. Coders play no part.
  /// - Returns: The matches, in transcript order, then by position.
  /// - Throws: ``SearchError`` for an empty text or an invalid regular expression.
  public func search(
    _ pattern: SearchPattern, context contextLength: Int = 40, where filter: SegmentFilter = .all
  ) throws(SearchError) -> [SearchHit] {
    let matcher = try Matcher(pattern)
    var hits: [SearchHit] = []
    for slot in transcriptSlots(where: filter) {
      let transcript = project.transcripts[slot]
      let ranges = matcher.matches(in: transcript.body).filter { range in
        guard let questions = filter.questions else { return true }
        return tables[slot].question(at: range.start).map(questions.contains) ?? false
      }
      guard !ranges.isEmpty else { continue }
      var text = transcript.body.string
      text.withUTF8 { bytes in
        var cutter = KeywordContext(bytes)
        for range in ranges {
          let (before, match, after) = cutter.cut(range, context: contextLength)
          hits.append(
            SearchHit(
              transcript: transcript.id, range: range,
              question: tables[slot].question(at: range.start), before: before, match: match,
              after: after))
        }
      }
    }
    return hits
  }
}

/// A compiled search pattern that lists its matches in a transcript body as scalar ranges.
private struct Matcher {
  private let needle: [UInt32]?
  private let regex: RegexSearch?

  init(_ pattern: SearchPattern) throws(SearchError) {
    switch pattern {
    case .plain(let text):
      guard !text.isEmpty else { throw SearchError(message: "the search text is empty") }
      needle = CaseFolding.fold(Array(text.unicodeScalars))
      regex = nil
    case .regex(let source):
      regex = try RegexSearch(source)
      needle = nil
    }
  }

  func matches(in body: TranscriptText) -> [TextRange] {
    if let needle { return Self.plainMatches(of: needle, in: CaseFolding.fold(body.scalars)) }
    return regex?.matches(in: body.string) ?? []
  }

  /// Non-overlapping occurrences of the folded needle in the folded text, left to right.
  private static func plainMatches(of needle: [UInt32], in text: [UInt32]) -> [TextRange] {
    var result: [TextRange] = []
    guard let first = needle.first, needle.count <= text.count else { return result }
    let last = text.count - needle.count
    text.withUnsafeBufferPointer { text in
      needle.withUnsafeBufferPointer { needle in
        var position = 0
        while position <= last {
          if text[position] == first, Self.matches(needle, in: text, at: position) {
            result.append(TextRange(start: position, end: position + needle.count))
            position += needle.count
          } else {
            position += 1
          }
        }
      }
    }
    return result
  }

  private static func matches(
    _ needle: UnsafeBufferPointer<UInt32>, in text: UnsafeBufferPointer<UInt32>, at position: Int
  ) -> Bool {
    for offset in 1..<needle.count where text[position + offset] != needle[offset] { return false }
    return true
  }
}
