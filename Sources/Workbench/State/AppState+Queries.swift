import SarapCore

extension AppState {
  /// The codebook tree's rows: every code in tree order.
  public var codebookRows: [Code.ID] { project.codebook.treeOrder }

  /// The code selected in the codebook tree.
  public var selectedCode: Code? {
    let rows = codebookRows
    guard rows.indices.contains(codebookList.selected) else { return nil }
    return project.codebook[rows[codebookList.selected]]
  }

  /// The transcript selected in the list.
  public var selectedTranscript: Transcript? {
    project.transcripts.indices.contains(transcriptList.selected)
      ? project.transcripts[transcriptList.selected] : nil
  }

  /// The innermost of this coder's codings the cursor is in: what `x`, `C` and `m` act on.
  public var codingUnderCursor: Coding? {
    guard let coder else { return nil }
    return codings(atCursor: coder).first
  }

  /// The codings shown at the cursor (of one coder, or all), innermost first.
  public func codings(atCursor coder: Coder.ID?) -> [Coding] {
    let cursor = reader.cursor
    return reader.overlay.indices(overlapping: cursor..<(cursor + 1))
      .map { reader.overlay.codings[$0] }
      .filter { ($0.range.contains(offset: cursor)) && (coder == nil || $0.coder == coder) }
      .sorted { ($0.range.length, -$0.range.start) < ($1.range.length, -$1.range.start) }
  }

  /// The selection without the spaces and line breaks at its ends; nil when nothing but space
  /// is selected.
  public var trimmedSelection: TextRange? {
    guard let selection = reader.selection, let document = reader.document else { return nil }
    var start = selection.start
    var end = selection.end
    while start < end, document.scalars[start].properties.isWhitespace { start += 1 }
    while end > start, document.scalars[end - 1].properties.isWhitespace { end -= 1 }
    return start < end ? TextRange(start: start, end: end) : nil
  }

  /// The guide question of the turn the cursor is in.
  public var questionAtCursor: GuideQuestion.ID? {
    reader.document?.turn(containing: reader.cursor)?.question
  }

  /// A code's name in the shown language, or its id when it does not exist.
  public func name(of id: Code.ID) -> String {
    project.codebook[id].map { $0.name(in: language).isEmpty ? $0.nameKK : $0.name(in: language) }
      ?? id.rawValue
  }
}
