import SarapCore
import SarapEngine
import SarapFormats

extension AuditTrail {
  /// For each transcript whose text the edit replaces: the old file kept under
  /// `Transcripts/revisions/`, and a line in the revisions log.
  func transcriptRevisions() throws(StoreError) -> [PendingSave.File] {
    let replaced = Self.replacedTexts(in: edit)
    guard !replaced.isEmpty else { return [] }
    var files: [PendingSave.File] = []
    var lines: [String] = []
    for old in replaced {
      let number = folder.nextRevisionNumber(of: old.id)
      var savedAs = "\(ProjectLayout.revisionName(old.id, number: number)).txt"
      if isAnonymisation {
        // The replaced text holds the originals: it is not kept (the local undo history has it).
        savedAs = "-"
      } else {
        files.append(
          PendingSave.File(
            path: ProjectLayout.transcriptRevision(old.id, number: number),
            content: TranscriptFile.encode(old)))
      }
      lines.append(
        TranscriptRevisionsFile.encodeLine(
          TranscriptRevisionsFile.Entry(
            time: entry.time, coder: entry.coder, transcript: old.id, savedAs: savedAs,
            summary: entry.summary)))
    }
    let relative = ProjectLayout.transcriptRevisionsLog
    let log = try existing(relative) ?? TranscriptRevisionsFile.formatLine + "\n"
    files.append(PendingSave.File(path: relative, content: Self.appending(lines, to: log)))
    return files
  }

  /// Whether the entry applies, undoes or redoes an anonymisation (``AnonymisationPlan``), whose
  /// replaced texts and old coded texts hold the originals and are kept out of the shared
  /// records.
  var isAnonymisation: Bool {
    var summary = Substring(entry.summary)
    for prefix in ["undo: ", "redo: "] where summary.hasPrefix(prefix) {
      summary = summary.dropFirst(prefix.count)
    }
    return summary.hasPrefix(AnonymisationPlan.summaryPrefix + " ")
  }

  /// The old transcripts whose body an edit replaces (header-only changes are not revisions).
  static func replacedTexts(in edit: ProjectEdit) -> [Transcript] {
    switch edit {
    case .replaceTranscript(let old, let new) where old.body.scalars != new.body.scalars: [old]
    case .batch(let edits): edits.flatMap(replacedTexts(in:))
    default: []
    }
  }
}
