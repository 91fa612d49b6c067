import SarapCore
import SarapEngine
import TerminalKit

/// The review screen: every coding a transcript revision flagged, with the text it covered
/// before and the text its proposed (or adjusted) range covers now, both wrapped in full, the
/// deleted and inserted words highlighted as on the guide-revisions screen.
enum ReviewScreen {
  /// Characters of context shown on each side of the new text.
  static let reach = 30
  /// The column where the texts start, after their `before` and `now` labels.
  static let indent = 10
  /// Context around the coded text.
  static let context = Styles.quiet

  /// How many codings a page moves over when every block is as short as it can be.
  static func visibleItems(height: Int) -> Int { max(1, (height - 3) / 4) }

  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    let items = state.reviewItems
    let title = "Review: \(items.count) coding(s) whose text changed since they were coded"
    buffer.putRow(title, in: area, row: 0, style: Styles.focusedTitle)
    guard !items.isEmpty else {
      buffer.put(
        "No codings await review.", at: Point(x: area.x + 2, y: area.y + 2), style: Styles.quiet)
      return
    }
    let selected = min(state.revisions.review.selected, items.count - 1)
    let blocks = items.indices.map { index in
      ReviewBlock(
        items[index], adjusted: index == selected ? state.revisions.adjusted : nil,
        state: state, width: area.width - indent)
    }
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    var line = -firstLine(
      blocks, selected: selected, scroll: state.revisions.reviewScroll, height: body.height)
    for (index, block) in blocks.enumerated() {
      defer { line += block.height + 1 }
      guard line + block.height > 0 else { continue }
      guard line < body.height else { break }
      block.draw(selected: index == selected, at: line, in: body, into: &buffer)
    }
  }

  /// The first line shown: the top, unless the selected block would not fit below it; then the
  /// selected block's first line, scrolled on by `scroll` lines within a long block.
  static func firstLine(_ blocks: [ReviewBlock], selected: Int, scroll: Int, height: Int) -> Int {
    let start = blocks.prefix(selected).reduce(0) { $0 + $1.height + 1 }
    let end = start + blocks[selected].height
    guard end > height || scroll > 0 else { return 0 }
    return start + min(max(0, scroll), max(0, blocks[selected].height - height))
  }
}

/// One flagged coding on the review screen: its header, then its old and new texts wrapped.
struct ReviewBlock {
  let header: String
  let before: StyledWords
  let now: StyledWords

  /// Lays out `item` (at `adjusted`, when the range is being adjusted) for `width` cells.
  init(_ item: ReviewItem, adjusted: TextRange?, state: AppState, width: Int) {
    let coding = item.coding
    let range = adjusted ?? coding.range
    var header =
      "\(coding.transcript) \(range.start)..\(range.end)  \(state.name(of: coding.code))"
      + "  (\(coding.coder))"
    if let note = item.note { header += "  revision \(note.revision)" }
    if adjusted != nil { header += "  adjusted: a or Enter accepts it, j/k or Esc drops it" }
    self.header = header
    let body = state.project.transcript(coding.transcript)?.body
    let text = body.flatMap { $0.contains(range) ? $0[range] : nil }
    let diff = item.note.map { WordDiff(from: $0.oldText, to: text ?? "") }
    before = Self.before(item.note, diff: diff, width: width)
    guard let body, let text else {
      now = StyledWords(text: "(outside the transcript)", style: Styles.quiet, width: width)
      return
    }
    let lead = body[TextRange(start: max(0, range.start - ReviewScreen.reach), end: range.start)]
    let trail = body[
      TextRange(start: range.end, end: min(body.scalarCount, range.end + ReviewScreen.reach))]
    var words = Self.words("…" + lead.singleLine, style: ReviewScreen.context)
    var coded: [StyledWords.Word]
    if text.isEmpty {
      coded = [StyledWords.Word(text: "(empty)", style: Styles.quiet, spaceBefore: true)]
    } else if let diff {
      coded = Self.words(diff, keeping: { if case .removed = $0 { false } else { true } })
    } else {
      coded = Self.words(text, style: .plain)
    }
    if !coded.isEmpty { coded[0].spaceBefore = lead.last?.isWhitespace ?? true }
    var after = Self.words(trail.singleLine + "…", style: ReviewScreen.context)
    if !after.isEmpty { after[0].spaceBefore = trail.first?.isWhitespace ?? true }
    words += coded + after
    now = StyledWords(words, width: width)
  }

  /// The rows the block takes.
  var height: Int { 1 + before.rows.count + now.rows.count }

  /// Draws the block with its first line at `line` of `body` (negative: scrolled off the top).
  func draw(selected: Bool, at line: Int, in body: Rect, into buffer: inout ScreenBuffer) {
    if line >= 0 {
      buffer.putRow(
        header, in: body, row: line, style: selected ? Styles.selectedRow : Styles.label)
    }
    var top = line + 1
    for (label, words) in [("  before", before), ("  now", now)] {
      defer { top += words.rows.count }
      guard top + words.rows.count > 0, top < body.height else { continue }
      if top >= 0 {
        buffer.put(label, at: Point(x: body.x, y: body.y + top), style: Styles.quiet)
      }
      let first = max(0, top)
      let rect = Rect(
        x: body.x + ReviewScreen.indent, y: body.y + first,
        width: body.width - ReviewScreen.indent, height: body.height - first)
      words.draw(into: &buffer, in: rect, from: first - top)
    }
  }

  private static func before(_ note: ReviewNote?, diff: WordDiff?, width: Int) -> StyledWords {
    guard note != nil, let diff else {
      return StyledWords(
        text: "(not recorded: changed outside sarap revise)", style: Styles.quiet, width: width)
    }
    return StyledWords(
      words(diff, keeping: { if case .inserted = $0 { false } else { true } }), width: width)
  }

  /// The tokens of the segments `keeping` keeps: unchanged words plain, changed ones highlighted.
  private static func words(_ diff: WordDiff, keeping: (WordDiff.Segment) -> Bool)
    -> [StyledWords.Word]
  {
    diff.segments.filter(keeping).flatMap { segment -> [StyledWords.Word] in
      let style: Style =
        switch segment {
        case .kept: .plain
        case .removed: GuideRevisionsScreen.removed
        case .inserted: GuideRevisionsScreen.inserted
        }
      return segment.tokens.map {
        StyledWords.Word(text: $0.text, style: style, spaceBefore: $0.spaceBefore)
      }
    }
  }

  private static func words(_ text: String, style: Style) -> [StyledWords.Word] {
    WordToken.tokens(in: text).map {
      StyledWords.Word(text: $0.text, style: style, spaceBefore: $0.spaceBefore)
    }
  }
}
