import Foundation
import SarapCore
import SarapFormats

extension ProjectFolder {
  /// Writes every project file whose canonical text differs from the file on disk, durably, and
  /// returns the relative paths written; files already canonical are not touched.
  ///
  /// For creating projects and tests; edits go through ``ProjectSession``, which writes only what
  /// an edit touches. Refuses to run when a file cannot be parsed.
  @discardableResult
  public func save(_ project: Project) throws(StoreError) -> [String] {
    let report = try loadReport()
    guard report.errors.isEmpty else { throw StoreError.unparseable(report.errors) }
    var files: [(String, String)] = [
      (ProjectLayout.description, ProjectFile.description.content(in: project) ?? ""),
      (ProjectLayout.guide, ProjectFile.guide.content(in: project) ?? ""),
      (ProjectLayout.codebook, ProjectFile.codebook.content(in: project) ?? ""),
    ]
    for transcript in project.transcripts {
      files.append((ProjectLayout.transcript(transcript.id), TranscriptFile.encode(transcript)))
    }
    for coder in Set(project.coders).union(report.codingsFiles.keys).sorted() {
      let path =
        report.codingsFiles[coder]
        ?? "\(ProjectLayout.codings)/\(ProjectLayout.codingsStem(for: coder)).txt"
      files.append((path, CodingsFile.encode(coder: coder, codings: project.codings)))
    }
    if !project.claims.claims.isEmpty || !project.claims.quantifiers.isEmpty
      || report.stamps[ProjectLayout.claims] != nil
    {
      files.append((ProjectLayout.claims, ClaimsFile.encode(project.claims)))
    }
    if !project.journal.isEmpty || report.stamps[ProjectLayout.journal] != nil {
      files.append((ProjectLayout.journal, JournalFile.encode(project.journal)))
    }
    var written: [String] = []
    for (path, text) in files where try FileReader.bytes(at: layout.url(path)) != Array(text.utf8) {
      try AtomicFile.makeFolder(layout.url(path).deletingLastPathComponent())
      try AtomicFile.write(text, to: layout.url(path))
      written.append(path)
    }
    return written
  }
}
