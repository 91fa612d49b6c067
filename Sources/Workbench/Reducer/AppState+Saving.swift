import SarapCore

extension AppState {
  /// An edit reached the disk: show the project the store returned, and say so.
  mutating func editSaved(_ saved: Project, summary: String) -> Outcome {
    let verdicts = analysis.claimVerdicts
    adopt(saved)
    if mode == .selecting { _ = back() }
    if let pending = revisions.pending {
      revisions.pending = nil
      if pending.revision.summary == summary { return revisionSaved(pending) }
    }
    status = StatusMessage(withVerdictChanges(since: verdicts, "Saved: \(summary)"))
    return .redraw
  }

  /// The undo history moved: show the project the store returned.
  mutating func historyMoved(_ restored: Project, message: String) -> Outcome {
    let verdicts = analysis.claimVerdicts
    adopt(restored)
    status = StatusMessage(withVerdictChanges(since: verdicts, message))
    return .redraw
  }

  /// Replaces the project and everything derived from it, keeping the researcher's place.
  mutating func adopt(_ newProject: Project) {
    let followed = selectedCode?.id
    project = newProject
    analysis = Analysis(newProject)
    if let document = reader.document,
      let transcript = newProject.transcript(document.transcriptID),
      transcript.body != document.body
    {
      reader.document = ReaderDocument(transcript, width: readerTextWidth)
    }
    refreshOverlay()
    if let document = reader.document { reader.cursor = document.clampedCursor(reader.cursor) }
    transcriptList.move(
      by: 0, count: project.transcripts.count, visibleRows: visibleRows(forListIn: .transcripts))
    codebookList.move(
      by: 0, count: codebookRows.count, visibleRows: visibleRows(forListIn: .codebook))
    selectCodebookRow(of: followed)
    revisions.review.move(
      by: 0, count: reviewItems.count,
      visibleRows: ReviewScreen.visibleItems(height: size.height))
    refreshReport()
    refreshRetrieval()
    refreshClaimsList()
  }
}
