import SarapCore
import SarapEngine
import TerminalKit

/// The interview guide in force: every question's id with its Kazakh and English wording,
/// wrapped; what `V` shows while the guide has a single revision, so there is nothing to compare.
///
/// The selected question's id is highlighted: Enter goes to it in the open transcript.
enum GuideScreen {
  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    guard let revision = state.project.guide.latest else {
      buffer.putRow("Guide", in: area, row: 0, style: Styles.focusedTitle)
      buffer.put(
        "The project has no interview guide.", at: Point(x: area.x + 2, y: area.y + 2),
        style: Styles.quiet)
      return
    }
    let title =
      "Guide in force: revision \(revision.id) (\(revision.status), \(revision.date)), "
      + "\(revision.questions.count) questions"
    buffer.putRow(title, in: area, row: 0, style: Styles.focusedTitle)
    let single = state.project.guide.revisions.count < 2
    buffer.put(
      single ? "The only revision: nothing to compare." : "Tab compares revisions.",
      at: Point(x: area.x + 1, y: area.y + 1), style: Styles.quiet, maxWidth: area.width - 2)
    let width = max(1, area.width - 2)
    let lines = questions(revision, width: width, selected: state.revisions.guideQuestion).words
    let body = Rect(x: area.x + 1, y: area.y + 2, width: width, height: max(0, area.height - 2))
    let scroll = min(state.revisions.guideScroll, max(0, lines.rows.count - body.height))
    lines.draw(into: &buffer, in: body, from: scroll)
  }

  /// Each question: its id and Kazakh wording, its English wording below, then a blank row; and
  /// the row each question starts on.
  static func questions(_ revision: GuideRevision, width: Int, selected: Int? = nil)
    -> (words: StyledWords, starts: [Int])
  {
    var result = StyledWords([], width: width)
    var starts: [Int] = []
    for (index, question) in revision.questions.enumerated() {
      starts.append(result.rows.count)
      let label = StyledWords.Word(
        text: question.id.rawValue, style: index == selected ? Styles.selectedRow : Styles.label,
        spaceBefore: false)
      let kazakh = WordToken.tokens(in: question.textKK).map {
        StyledWords.Word(text: $0.text, style: .plain, spaceBefore: $0.spaceBefore)
      }
      var first = [label] + kazakh
      if first.count > 1 { first[1].spaceBefore = true }
      result.append(StyledWords(first, width: width))
      result.append(StyledWords(text: question.textEN, style: Styles.quiet, width: width))
      result.append(StyledWords([], width: width))
    }
    return (result, starts)
  }
}
