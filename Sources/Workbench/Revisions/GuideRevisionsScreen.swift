import SarapCore
import SarapEngine
import TerminalKit

/// The guide-revisions screen: two revisions side by side, one aligned change per block, the
/// changed words highlighted (removed on the left, inserted on the right) and the marks and
/// notes beside them.
enum GuideRevisionsScreen {
  static let removed = Style(foreground: .red, bold: true, underline: true)
  static let inserted = Style(foreground: .green, bold: true, underline: true)

  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    guard let (old, new) = state.comparedRevisions, !state.revisions.showsGuideInForce else {
      GuideScreen.render(state, in: area, into: &buffer)
      return
    }
    let diff = GuideDiff(from: old, to: new)
    let title = "Guide revisions: \(old.id) → \(new.id)   \(RevisionSummary.text(diff))"
    buffer.putRow(title, in: area, row: 0, style: Styles.focusedTitle)
    let columns = GuideColumns(width: area.width)
    let header = area.row(1)
    buffer.fill(header, style: Styles.title)
    for (x, text) in [
      (columns.old, "\(old.id) (\(old.status), \(old.date))"),
      (columns.new, "\(new.id) (\(new.status), \(new.date))"), (columns.notes, "change and note"),
    ] {
      buffer.put(
        text, at: Point(x: area.x + x.lowerBound, y: header.y), style: Styles.title,
        maxWidth: x.count)
    }
    let blocks = diff.changes.map {
      GuideChangeBlock($0, columns: columns, language: state.language)
    }
    let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
    draw(blocks, scroll: state.revisions.guideScroll, columns: columns, in: body, into: &buffer)
  }

  private static func draw(
    _ blocks: [GuideChangeBlock], scroll: Int, columns: GuideColumns, in body: Rect,
    into buffer: inout ScreenBuffer
  ) {
    let total = blocks.reduce(0) { $0 + $1.height + 1 }
    var line = -min(scroll, max(0, total - body.height))
    for block in blocks {
      defer { line += block.height + 1 }
      guard line + block.height > 0 else { continue }
      guard line < body.height else { break }
      for (range, words) in [
        (columns.old, block.old), (columns.new, block.new), (columns.notes, block.notes),
      ] {
        let top = max(0, line)
        let rect = Rect(
          x: body.x + range.lowerBound, y: body.y + top, width: range.count,
          height: body.height - top)
        words.draw(into: &buffer, in: rect, from: top - line)
      }
    }
  }
}

/// Where the three columns of the guide screen go: older text, newer text, marks and notes.
struct GuideColumns {
  let old: Range<Int>
  let new: Range<Int>
  let notes: Range<Int>

  init(width: Int) {
    let text = max(10, (width - 4) * 36 / 100)
    old = 1..<(1 + text)
    new = (old.upperBound + 1)..<(old.upperBound + 1 + text)
    notes = (new.upperBound + 1)..<max(new.upperBound + 2, width - 1)
  }
}

/// One change laid out in the three columns.
struct GuideChangeBlock {
  let old: StyledWords
  let new: StyledWords
  let notes: StyledWords

  var height: Int { max(old.rows.count, new.rows.count, notes.rows.count) }

  init(_ change: QuestionChange, columns: GuideColumns, language: Language) {
    let diff = language == .kk ? change.kazakhDiff : change.englishDiff
    old = Self.side(
      change.old, diff: diff, keep: { if case .inserted = $0 { false } else { true } },
      highlight: GuideRevisionsScreen.removed, language: language, width: columns.old.count)
    new = Self.side(
      change.new, diff: diff, keep: { if case .removed = $0 { false } else { true } },
      highlight: GuideRevisionsScreen.inserted, language: language, width: columns.new.count)
    var notes = StyledWords(
      text: GuideDiffMarks.text(change), style: Styles.label, width: columns.notes.count)
    if !change.note.isEmpty {
      notes.append(StyledWords(text: change.note, style: .plain, width: columns.notes.count))
    }
    self.notes = notes
  }

  /// One side: each question's id, then its text, one question under the other; the changed
  /// words highlighted when a single question was kept.
  private static func side(
    _ questions: [GuideQuestion], diff: WordDiff?, keep: (WordDiff.Segment) -> Bool,
    highlight: Style, language: Language, width: Int
  ) -> StyledWords {
    guard !questions.isEmpty else {
      return StyledWords(
        [StyledWords.Word(text: "—", style: Styles.quiet, spaceBefore: false)], width: width)
    }
    var result = StyledWords([], width: width)
    for question in questions {
      var words = [
        StyledWords.Word(text: question.id.rawValue, style: Styles.label, spaceBefore: false)
      ]
      if let diff, questions.count == 1 {
        for segment in diff.segments where keep(segment) {
          let style: Style = if case .kept = segment { .plain } else { highlight }
          words += segment.tokens.map {
            StyledWords.Word(text: $0.text, style: style, spaceBefore: $0.spaceBefore)
          }
        }
      } else {
        words += WordToken.tokens(in: question.text(in: language)).map {
          StyledWords.Word(text: $0.text, style: .plain, spaceBefore: $0.spaceBefore)
        }
      }
      if words.count > 1 { words[1].spaceBefore = true }
      result.append(StyledWords(words, width: width))
    }
    return result
  }
}

/// The marks of a change as one label: `renamed, moved` or `unchanged`.
enum GuideDiffMarks {
  static func text(_ change: QuestionChange) -> String {
    let marks = change.orderedMarks.map(\.rawValue).joined(separator: ", ")
    return marks.isEmpty ? "unchanged" : marks
  }
}

/// How many questions each kind of change touched: `2 reworded, 1 split`.
enum RevisionSummary {
  static func text(_ diff: GuideDiff) -> String {
    let counts = QuestionChange.Mark.allCases.compactMap { mark -> String? in
      let count = diff.changes.filter { $0.marks.contains(mark) }.count
      return count == 0 ? nil : "\(count) \(mark.rawValue)"
    }
    return counts.isEmpty ? "no changes" : counts.joined(separator: ", ")
  }
}
