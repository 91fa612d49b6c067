import SarapCore
import SarapEngine
import TerminalKit

/// The retrieval screen: every segment the query retrieved, across transcripts, each with its
/// transcript, question, range and codes, and its text in context.
enum RetrievalScreen {
  static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
    let retrieval = state.retrieval
    var title =
      evidenceHeading(state) ?? "Retrieval: \(retrieval.query)  \(retrieval.hits.count) segments"
    if state.filter != .all, evidenceHeading(state) == nil {
      title += "   filter: \(FilterText.text(of: state.filter))"
    }
    buffer.putRow(title, in: area, row: 0, style: Styles.focusedTitle)
    let list = retrieval.list
    let perHit = RetrievalLayout.rowsPerHit
    for slot in 0..<max(0, (area.height - 1) / perHit) {
      let index = list.offset + slot
      guard retrieval.hits.indices.contains(index) else { break }
      let block = Rect(x: area.x, y: area.y + 1 + slot * perHit, width: area.width, height: perHit)
      draw(
        retrieval.hits[index], selected: index == list.selected, state: state, in: block,
        into: &buffer)
    }
    if retrieval.hits.isEmpty {
      let hint =
        state.filter == .all
        ? "Nothing retrieved. c chooses a code."
        : "Nothing retrieved under the filter. c chooses a code, f changes the filter."
      buffer.put(hint, at: Point(x: area.x + 2, y: area.y + 2), style: Styles.quiet)
    }
  }

  /// `Evidence of C12: russia.persistence within question Q5  3 segments` for a claim's evidence
  /// (which is the claim's own scope: a workbench filter in force is said not to apply).
  private static func evidenceHeading(_ state: AppState) -> String? {
    guard let id = state.retrieval.claim, let claim = state.project.claims.claim(id) else {
      return nil
    }
    let scope = ClaimsScreen.scopeText(claim).map { " within \($0)" } ?? ""
    let filter = state.filter == .all ? "" : "  (:filter not applied)"
    return
      "Evidence of \(id): \(claim.query)\(scope)  \(state.retrieval.hits.count) segments\(filter)"
  }

  private static func draw(
    _ hit: RetrievalHit, selected: Bool, state: AppState, in block: Rect,
    into buffer: inout ScreenBuffer
  ) {
    let codes = hit.codes.map { state.name(of: $0) }.joined(separator: ", ")
    let question = hit.question.map { " [\($0)]" } ?? ""
    let header =
      "\(hit.transcript)\(question) \(hit.range.start)..\(hit.range.end)  \(codes)  (\(hit.coders.map(\.rawValue).joined(separator: ", ")))"
    buffer.putRow(header, in: block, row: 0, style: selected ? Styles.selectedRow : Styles.label)
    guard let transcript = state.project.transcript(hit.transcript) else { return }
    let context = RetrievalContext(hit: hit, body: transcript.body)
    let width = block.width - 4
    let layout = TextLayout(text: context.text, width: max(1, width))
    let colour = hit.codes.first.flatMap { state.project.codebook[$0]?.colour }
    for row in 0..<min(RetrievalLayout.textRows, layout.lines.count) {
      let origin = Point(x: block.x + 4, y: block.y + 1 + row)
      buffer.put(String(layout.text(ofRow: row)), at: origin, style: Styles.quiet, maxWidth: width)
      guard let columns = layout.columns(ofScalars: context.segment, onRow: row) else { continue }
      let style =
        colour.map { Styles.coded($0, colourEnabled: state.colourEnabled) } ?? Styles.label
      buffer.setStyle(
        style,
        in: Rect(x: origin.x + columns.lowerBound, y: origin.y, width: columns.count, height: 1))
    }
  }
}

/// The retrieval screen's geometry.
enum RetrievalLayout {
  /// Rows of context text under each hit's header.
  static let textRows = 2
  /// Rows each hit takes: header, context, a blank.
  static let rowsPerHit = textRows + 2
}

/// A hit's text with some of the transcript before and after it, on one line.
struct RetrievalContext {
  /// The text shown: context, segment, context.
  let text: String
  /// Where the segment lies in ``text``, in scalars.
  let segment: Range<Int>

  /// Characters of context on each side.
  static let reach = 40

  init(hit: RetrievalHit, body: TranscriptText) {
    let before = body[TextRange(start: max(0, hit.range.start - Self.reach), end: hit.range.start)]
    let after = body[
      TextRange(start: hit.range.end, end: min(body.scalarCount, hit.range.end + Self.reach))]
    let lead = "…" + before.singleLine
    let segment = hit.text.singleLine
    text = lead + segment + after.singleLine + "…"
    let start = lead.unicodeScalars.count
    self.segment = start..<(start + segment.unicodeScalars.count)
  }
}
