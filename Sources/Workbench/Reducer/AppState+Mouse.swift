import TerminalKit

extension AppState {
  /// A click moves the cursor or the list selection, or on a stripe opens what covers it; a
  /// drag in the reader selects; the wheel scrolls.
  mutating func mouseUsed(_ event: MouseEvent) -> Outcome {
    guard mode == .browsing || mode == .selecting, let layout = WorkbenchLayout.arrange(size) else {
      return .none
    }
    let point = event.position
    switch event.kind {
    case .wheelUp, .wheelDown:
      let motion: Command.Motion = event.kind == .wheelUp ? .moveUp : .moveDown
      if layout.text.contains(point) { focus = .reader }
      _ = performMotion(motion)
    case .press, .drag, .release:
      if layout.text.contains(point) {
        pointInReader(point, layout: layout, kind: event.kind)
      } else if event.kind == .press, layout.gutter.contains(point) {
        clickStripe(point, layout: layout)
      } else if event.kind == .press {
        clickList(point, layout: layout)
      }
    }
    return .redraw
  }

  private mutating func pointInReader(
    _ point: Point, layout: WorkbenchLayout, kind: MouseEvent.Kind
  ) {
    guard let document = reader.document else { return }
    let row = reader.top + point.y - layout.text.y
    guard row < document.layout.lines.count else { return }
    let offset = document.clampedCursor(
      document.layout.scalarOffset(at: Point(x: point.x - layout.text.x, y: row)))
    focus = .reader
    switch kind {
    case .press:
      if mode == .selecting { _ = back() }
      placeCursor(offset)
    case .drag:
      if mode != .selecting {
        reader.anchor = reader.cursor
        push(.selecting)
      }
      placeCursor(offset)
    default: break
    }
  }

  /// A click on a stripe: the cursor goes to that coding (its first letter on the row) and the
  /// cursor panel lists every coding covering it, the clicked one among them.
  private mutating func clickStripe(_ point: Point, layout: WorkbenchLayout) {
    guard let document = reader.document, reports.agreement.compared == nil else { return }
    let row = reader.top + point.y - layout.gutter.y
    let column = point.x - layout.gutter.x
    guard row < document.layout.lines.count, column < GutterView.stripeColumns else { return }
    let scalars = document.layout.scalarRange(ofRow: row)
    let overlay = reader.overlay
    let last = GutterView.stripeColumns - 1
    guard
      let index = overlay.indices(overlapping: scalars).first(where: {
        min(overlay.columns[$0], last) == column
      })
    else { return }
    focus = .reader
    if mode == .selecting { _ = back() }
    placeCursor(max(overlay.codings[index].range.start, scalars.lowerBound))
    showCursorPanel()
  }

  private mutating func clickList(_ point: Point, layout: WorkbenchLayout) {
    if layout.transcripts.contains(point), point.y > layout.transcripts.y {
      focus = .transcripts
      let row = transcriptList.offset + point.y - layout.transcripts.y - 1
      transcriptList.select(
        row, count: project.transcripts.count, visibleRows: layout.transcripts.height - 1)
    } else if layout.codebook.contains(point), point.y > layout.codebook.y {
      focus = .codebook
      let row = codebookList.offset + point.y - layout.codebook.y - 1
      codebookList.select(row, count: codebookRows.count, visibleRows: layout.codebook.height - 1)
    }
  }
}
