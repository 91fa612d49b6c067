import Foundation
import SarapCore
import SarapEngine
import SarapFormats

/// The shared records an edit leaves besides the project files, written in the same durable save:
/// the codebook history, kept transcript revisions and their log, and review notes.
///
/// Unlike the undo history (`.sarap/history`, local), these files are committed and cited; they
/// are only ever appended to (a kept revision is a new file).
struct AuditTrail {
  let folder: ProjectFolder
  let entry: HistoryEntry
  /// The entry's edit, whole (the entry records replacements as diffs).
  let edit: ProjectEdit
  /// The edit an undo or redo entry undoes or redoes, to name what the codebook change was.
  let original: ProjectEdit?
  let before: Project
  let after: Project
  let reason: String

  /// Every record file the edit changes, with its new content.
  func files() throws(StoreError) -> [PendingSave.File] {
    var files: [PendingSave.File] = []
    if let history = try codebookHistory() { files.append(history) }
    files += try transcriptRevisions()
    if let review = try reviewNotes() { files.append(review) }
    return files
  }

  /// The current text of a record file, nil when it does not exist; refuses a file that is not
  /// valid UTF-8 text, so that it is never overwritten.
  func existing(_ relative: String) throws(StoreError) -> String? {
    guard let bytes = try FileReader.bytes(at: folder.layout.url(relative)) else { return nil }
    do { return try ProjectText.decode(bytes, path: folder.displayPath(relative)) } catch {
      throw StoreError.unparseable([error])
    }
  }

  /// The text with lines appended (a final `\n` ensured first).
  static func appending(_ lines: [String], to text: String) -> String {
    let base = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    return base + lines.map { $0 + "\n" }.joined()
  }
}

extension ProjectSession {
  /// The reason recorded with codebook changes applied in this task, if any.
  ///
  /// `ProjectSession.$changeReason.withValue("…") { try session.apply(edit, summary: …) }`
  /// records the reason in the codebook history; edits applied otherwise record none.
  @TaskLocal public static var changeReason = ""

  /// The record files an entry adds to its save (see ``AuditTrail``).
  func auditFiles(
    for entry: HistoryEntry, edit: ProjectEdit, original: ProjectEdit?, before: Project,
    after: Project
  ) throws(StoreError) -> [PendingSave.File] {
    try AuditTrail(
      folder: folder, entry: entry, edit: edit, original: original, before: before, after: after,
      reason: Self.changeReason
    ).files()
  }

  /// The record files a new `apply` entry adds to its save, its edit read back against the
  /// project it was applied to.
  func auditFiles(for entry: HistoryEntry, before: Project, after: Project)
    throws(StoreError) -> [PendingSave.File]
  {
    let edit: ProjectEdit
    do { edit = try entry.edit.resolved(in: before) } catch {
      throw StoreError.edit(.staleEdit("entry \(entry.sequence) ('\(entry.summary)'): \(error)"))
    }
    return try auditFiles(for: entry, edit: edit, original: nil, before: before, after: after)
  }
}
