import SarapCore
import SarapEngine

extension AppState {
  /// Searches the open transcript (SarapEngine's case-insensitive search) and moves to the first
  /// match at or after the cursor.
  mutating func runSearch(_ text: String) {
    guard let id = reader.document?.transcriptID, !text.isEmpty else { return }
    let hits: [SearchHit]
    do {
      hits = try analysis.corpus.search(
        .plain(text), context: 0, where: SegmentFilter(transcripts: [id]))
    } catch {
      status = .error(error.description)
      return
    }
    search = SearchState(query: text, matches: hits.map(\.range))
    guard !hits.isEmpty else {
      status = .error("No match for \"\(text)\"")
      return
    }
    let first = search.matches.firstIndex { $0.start >= reader.cursor } ?? 0
    goToMatch(first)
  }

  /// Moves to the next (or previous) match from the cursor, wrapping around the transcript.
  mutating func moveToMatch(forward: Bool) {
    let matches = search.matches
    guard !matches.isEmpty else { return }
    let cursor = reader.cursor
    let index: Int
    if forward {
      index = matches.firstIndex { $0.start > cursor } ?? 0
    } else {
      index = matches.lastIndex { $0.start < cursor } ?? matches.count - 1
    }
    goToMatch(index)
  }

  /// Moves to a match; while selecting forward, to its last letter, so the selection holds
  /// the whole match and no letter after it.
  private mutating func goToMatch(_ index: Int) {
    search.current = index
    let match = search.matches[index]
    if let anchor = reader.anchor, let document = reader.document, match.start >= anchor {
      placeCursor(document.characterStart(containing: max(match.start, match.end - 1)))
    } else {
      placeCursor(match.start)
    }
    centreReaderOnCursor()
    status = StatusMessage(
      "\"\(search.query)\": match \(index + 1) of \(search.matches.count)")
  }
}
