import SarapCore
import SarapEngine
import SarapFormats

extension ProjectFolder {
  /// The codebook history; empty when the project has none yet.
  public func codebookHistory() throws(StoreError) -> CodebookHistory {
    try decodeRecord(ProjectLayout.codebookHistory, CodebookHistoryFile.decode)
      ?? CodebookHistory()
  }

  /// The review notes left by transcript revisions, in file order.
  public func reviewNotes() throws(StoreError) -> [ReviewNote] {
    try decodeRecord(ProjectLayout.review, ReviewFile.decode) ?? []
  }

  /// The name the next revision of a transcript keeps its old text under (`R07.4`, as in
  /// `Transcripts/revisions/R07.4.txt`): one more than the highest kept; review notes use it.
  public func nextRevisionName(of id: Transcript.ID) -> String {
    ProjectLayout.revisionName(id, number: nextRevisionNumber(of: id))
  }

  /// The number the next kept revision of a transcript gets: one more than the highest kept.
  public func nextRevisionNumber(of id: Transcript.ID) -> Int {
    let prefix = "\(id)."
    let numbers = FileReader.names(in: layout.url(ProjectLayout.transcriptRevisions))
      .compactMap { name -> Int? in
        guard name.hasPrefix(prefix), name.hasSuffix(".txt") else { return nil }
        return InputLimits.number(name.dropFirst(prefix.count).dropLast(4))
      }
    return (numbers.max() ?? 0) + 1
  }

  /// The log of transcript revisions, oldest first.
  public func transcriptRevisions() throws(StoreError) -> [TranscriptRevisionsFile.Entry] {
    try decodeRecord(ProjectLayout.transcriptRevisionsLog, TranscriptRevisionsFile.decode) ?? []
  }

  /// Problems with the revision records, as `path:line:col` errors, for `sarap check`.
  public func revisionRecordProblems() -> [ProjectFileError] {
    var problems: [ProjectFileError] = []
    func record(_ error: StoreError) {
      if case .unparseable(let errors) = error { problems += errors }
    }
    do { _ = try codebookHistory() } catch { record(error) }
    do { _ = try reviewNotes() } catch { record(error) }
    do { _ = try transcriptRevisions() } catch { record(error) }
    return problems
  }

  private func decodeRecord<Value>(
    _ relative: String, _ decoder: (String, String) throws(ProjectFileError) -> Value
  ) throws(StoreError) -> Value? {
    guard let bytes = try FileReader.bytes(at: layout.url(relative)) else { return nil }
    let path = displayPath(relative)
    do { return try decoder(try ProjectText.decode(bytes, path: path), path) } catch {
      throw StoreError.unparseable([error])
    }
  }
}
