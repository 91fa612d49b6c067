import SarapCore
import SarapEngine

extension AppState {
  /// Opening things (Enter) and the retrieval screen's commands.
  mutating func performRetrievalCommand(_ command: Command.RetrievalCommand) -> Outcome {
    switch command {
    case .open: open()
    case .retrieveCode: push(.picker(PickerState(.retrieveCode, items: codeItems())))
    case .addAndCode: push(.picker(PickerState(.retrieveAnd, items: codeItems())))
    case .addOrCode: push(.picker(PickerState(.retrieveOr, items: codeItems())))
    }
    return .redraw
  }

  /// `r`: the segments of the code selected in the codebook, or under the reader's cursor; the
  /// last retrieval when neither; a code picker when there was none.
  mutating func showRetrieval() -> Outcome {
    let code = focus == .codebook ? selectedCode?.id : codings(atCursor: nil).first?.code
    if let code {
      retrieve(code.rawValue)
    } else if retrieval.query.isEmpty {
      push(.picker(PickerState(.retrieveCode, items: codeItems())))
    } else {
      push(.retrieval)
    }
    return .redraw
  }

  /// Runs a retrieval query (SarapEngine's query language) and shows the retrieval screen.
  mutating func retrieve(_ query: String) {
    do {
      let parsed = try Query.parse(query, in: project.codebook)
      retrieval = RetrievalState(
        query: query, hits: analysis.corpus.retrieve(parsed, where: filter))
      if mode != .retrieval { push(.retrieval) }
    } catch {
      status = .error(error.description)
    }
  }

  /// Re-runs the retrieval after the project changed, keeping the selected row.
  mutating func refreshRetrieval() {
    guard !retrieval.query.isEmpty else { return }
    if let claim = retrieval.claim {
      refreshEvidence(of: claim)
      return
    }
    guard let parsed = try? Query.parse(retrieval.query, in: project.codebook) else {
      retrieval = RetrievalState()
      return
    }
    retrieval.hits = analysis.corpus.retrieve(parsed, where: filter)
    retrieval.list.move(
      by: 0, count: retrieval.hits.count, visibleRows: visibleRows(forListIn: nil))
  }

  private mutating func open() {
    switch (mode, focus) {
    case (.retrieval, _):
      guard retrieval.hits.indices.contains(retrieval.list.selected) else { return }
      let hit = retrieval.hits[retrieval.list.selected]
      closeAllModes()
      focus = .reader
      openTranscript(hit.transcript, at: hit.range.start)
    case (_, .transcripts):
      guard let transcript = selectedTranscript else { return }
      focus = .reader
      openTranscript(
        transcript.id, at: reader.document?.transcriptID == transcript.id ? reader.cursor : 0)
    case (_, .codebook):
      if let code = selectedCode { retrieve(code.id.rawValue) }
    default: break
    }
  }
}

/// Builds retrieval query texts from picked codes.
enum RetrievalQueryText {
  /// `existing OP code`, parenthesising `existing` when it is itself a combination.
  static func combine(_ existing: String, _ operation: String, _ code: String) -> String {
    guard !existing.isEmpty else { return code }
    let left = existing.contains(" ") ? "(\(existing))" : existing
    return "\(left) \(operation) \(code)"
  }
}
