import Foundation
import SarapCore
import SarapFormats

extension ProjectSession {
  /// Applies edits one after another and saves them together: one save (one record, one write
  /// and flush of each file they touch, one append to the history), each edit still its own
  /// history entry, undone and redone alone.
  ///
  /// Nothing is on disk until the whole group is: when this returns, every entry it returns is
  /// durable; when it throws, none is. An edit that does not apply to the project as the edits
  /// before it left it ends the group: the edits before it are saved and returned, and its error
  /// is returned beside them (`refused`). An edit that would add to a record file (a codebook or
  /// transcript revision) ends the group the same way, without an error, for the next call.
  public func applyGroup(_ edits: [(edit: ProjectEdit, summary: String)]) throws(StoreError)
    -> (entries: [HistoryEntry], refused: StoreError?)
  {
    guard !isReadOnly else { throw StoreError.readOnly }
    if let failure { throw StoreError.needsReopen(failure) }
    guard let coder else { throw StoreError.noCoder }
    try noticeChangesOnDisk()
    var next = project
    var entries: [HistoryEntry] = []
    var applied: [ProjectEdit] = []
    var refused: StoreError?
    for (edit, summary) in edits {
      do throws(StoreError) { try checkInScope(edit, coder: coder) } catch {
        refused = error
        break
      }
      var candidate = next
      let inverse: ProjectEdit
      do { inverse = try candidate.apply(edit) } catch {
        refused = StoreError.edit(error)
        break
      }
      let entry = HistoryEntry(
        sequence: entries.last.map { $0.sequence + 1 } ?? nextSequence, kind: .apply,
        target: nil, coder: coder, time: Timestamp.now(), summary: summary, edit: edit,
        inverse: inverse)
      guard try auditFiles(for: entry, before: next, after: candidate).isEmpty else { break }
      next = candidate
      entries.append(entry)
      applied.append(edit)
    }
    guard let first = entries.first else {
      if let refused { throw refused }
      return ([], nil)
    }
    try saveGroup(entries, edits: applied, first: first, project: next)
    return (entries, refused)
  }

  /// Saves the group's files and history lines as one pending save; updates the session.
  ///
  /// `edits` are the entries' edits as applied, in the same order.
  private func saveGroup(
    _ entries: [HistoryEntry], edits: [ProjectEdit], first: HistoryEntry, project next: Project
  ) throws(StoreError) {
    let touched = edits.reduce(into: Set<ProjectFile>()) {
      $0.formUnion(ProjectFile.touched(by: $1))
    }
    let files = pendingFiles(touched, in: next)
    var save = PendingSave(
      files: files, before: try unchangedVersions(files), sequence: first.sequence,
      historyLine: HistoryFile.encodeLine(first))
    save.addLaterHistoryLines(entries.dropFirst().map(HistoryFile.encodeLine))
    try perform(save, writing: files)
    project = next
    for (entry, edit) in zip(entries, edits) {
      history.append(entry)
      stacks.record(entry)
      noteSavedCodings(edit, files: files)
    }
  }
}
