import TerminalKit

extension AppState {
  /// Moves the reader's cursor (and so the selection's moving end while selecting).
  mutating func moveReader(_ motion: Command.Motion) {
    guard let document = reader.document else { return }
    let cursor = reader.cursor
    let selecting = mode == .selecting
    switch motion {
    case .moveDown: moveReaderRows(1)
    case .moveUp: moveReaderRows(-1)
    case .pageDown: pageReader(1)
    case .pageUp: pageReader(-1)
    case .lineStart, .lineEnd: moveToRowEdge(end: motion == .lineEnd)
    default:
      guard
        let target = Self.target(
          of: motion, from: cursor, in: document, selecting: selecting,
          overlay: reader.overlay)
      else { return }
      placeCursor(target)
      if selecting, motion == .wordBackward || motion == .paragraphBackward,
        let anchor = reader.anchor, reader.cursor < anchor, document.beginsWord(at: anchor)
      {
        reader.excludesAnchor = true
      }
    }
  }

  /// Where a motion that does not depend on rows takes the cursor.
  static func target(
    of motion: Command.Motion, from cursor: Int, in document: ReaderDocument, selecting: Bool,
    overlay: CodingOverlay
  ) -> Int? {
    switch motion {
    case .moveLeft: document.previousCharacter(before: cursor)
    case .moveRight: document.nextCharacter(after: cursor)
    case .goToTop: 0
    case .goToBottom: document.lastCharacterStart
    case .wordForward:
      selecting ? document.wordEnd(from: cursor) : document.wordForward(from: cursor)
    case .bigWordForward:
      selecting
        ? document.wordEnd(from: cursor, bigWords: true)
        : document.wordForward(from: cursor, bigWords: true)
    case .wordEnd: document.wordEnd(from: cursor)
    case .wordBackward: document.wordBackward(from: cursor)
    case .sentenceForward:
      selecting ? document.sentenceEnd(from: cursor) : document.nextSentenceStart(from: cursor)
    case .paragraphForward:
      selecting ? document.paragraphEnd(from: cursor) : document.nextParagraphStart(from: cursor)
    case .paragraphBackward:
      selecting
        ? document.selectionParagraphStart(from: cursor)
        : document.previousParagraphStart(from: cursor)
    case .nextCodedSegment: overlay.codings.first { $0.range.start > cursor }?.range.start
    case .previousCodedSegment: overlay.codings.last { $0.range.start < cursor }?.range.start
    default: nil
    }
  }

  /// Puts the cursor on `offset` (snapped to a `Character` start), forgetting the goal column,
  /// and scrolls it into view.
  mutating func placeCursor(_ offset: Int, goalColumn: Int? = nil) {
    guard let document = reader.document else { return }
    reader.cursor = document.clampedCursor(offset)
    reader.goalColumn = goalColumn
    scrollReaderToCursor()
  }

  /// The number of text rows the reader shows.
  var readerRows: Int { WorkbenchLayout.arrange(size).map { max(1, $0.text.height) } ?? 1 }

  /// Scrolls the reader so the cursor's row is visible.
  mutating func scrollReaderToCursor() {
    guard let document = reader.document else { return }
    let row = document.layout.row(ofScalar: reader.cursor)
    if row < reader.top { reader.top = row }
    if row >= reader.top + readerRows { reader.top = row - readerRows + 1 }
    reader.top = max(0, min(reader.top, document.layout.lines.count - 1))
  }

  private mutating func moveReaderRows(_ delta: Int) {
    guard let document = reader.document else { return }
    let layout = document.layout
    let position = layout.position(ofScalar: reader.cursor)
    let goal = reader.goalColumn ?? position.x
    let row = max(0, min(position.y + delta, layout.lines.count - 1))
    placeCursor(layout.scalarOffset(at: Point(x: goal, y: row)), goalColumn: goal)
  }

  private mutating func pageReader(_ direction: Int) {
    guard let document = reader.document else { return }
    let page = max(1, readerRows - 1)
    let lastTop = max(0, document.layout.lines.count - readerRows)
    reader.top = max(0, min(reader.top + direction * page, lastTop))
    moveReaderRows(direction * page)
  }

  private mutating func moveToRowEdge(end: Bool) {
    guard let document = reader.document else { return }
    let layout = document.layout
    let line = layout.lines[layout.row(ofScalar: reader.cursor)]
    let visible = line.visibleClusters
    let cluster = end ? max(visible.lowerBound, visible.upperBound - 1) : visible.lowerBound
    placeCursor(layout.clusters.scalarOffset(ofCluster: min(cluster, document.characterCount)))
  }
}
