import SarapCore
import TerminalKit

extension AppState {
  /// Opens a transcript in the reader at its start (or at `offset`), selecting it in the list.
  mutating func openTranscript(_ id: Transcript.ID, at offset: Int = 0) {
    guard let index = project.transcriptIndex(id) else { return }
    let transcript = project.transcripts[index]
    if reader.document?.transcriptID != id {
      reader = ReaderState(document: ReaderDocument(transcript, width: readerTextWidth))
      search.matches = []
      search.current = nil
      refreshOverlay()
    }
    reader.anchor = nil
    transcriptList.select(
      index, count: project.transcripts.count, visibleRows: visibleRows(forListIn: .transcripts))
    placeCursor(offset)
    centreReaderOnCursor()
  }

  /// The width the reader wraps text to.
  var readerTextWidth: Int { WorkbenchLayout.arrange(size).map { max(1, $0.text.width) } ?? 40 }

  /// Scrolls so the cursor's row sits a third of the way down the reader.
  mutating func centreReaderOnCursor() {
    guard let document = reader.document else { return }
    let row = document.layout.row(ofScalar: reader.cursor)
    let lastTop = max(0, document.layout.lines.count - readerRows)
    reader.top = max(0, min(row - readerRows / 3, lastTop))
  }

  /// Adapts to a new terminal size: re-wraps the reader, keeps the cursor and lists in view.
  mutating func resize(to newSize: Size) {
    size = newSize
    let width = readerTextWidth
    if reader.document?.layout.width != width {
      reader.document?.rewrap(width: width)
      refreshOverlay()
    }
    scrollReaderToCursor()
    transcriptList.move(
      by: 0, count: project.transcripts.count, visibleRows: visibleRows(forListIn: .transcripts))
    codebookList.move(
      by: 0, count: codebookRows.count, visibleRows: visibleRows(forListIn: .codebook))
  }

  /// Rebuilds the reader's coding overlay from the project (after an edit or a coder switch).
  mutating func refreshOverlay() {
    guard let id = reader.document?.transcriptID else {
      reader.overlay = CodingOverlay()
      return
    }
    reader.overlay = CodingOverlay(
      project.codings(in: id, coder: shownCoder), layout: reader.document?.layout)
    if var compared = reports.agreement.compared {
      let layout = reader.document?.layout
      compared.overlayA = CodingOverlay(project.codings(in: id, coder: compared.a), layout: layout)
      compared.overlayB = CodingOverlay(project.codings(in: id, coder: compared.b), layout: layout)
      reports.agreement.compared = compared
    }
  }

  /// The transcript open in the reader.
  var openTranscript: Transcript? {
    reader.document.flatMap { project.transcript($0.transcriptID) }
  }
}
