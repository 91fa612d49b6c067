import Foundation

/// A save in progress, written to `.sarap/pending` before any project file is replaced.
///
/// An edit can change several files (merging codes rewrites the codebook and codings files). The
/// new content of every file and the history line are first written here durably; then each file
/// is replaced and the history appended; then this record is removed. A session that finds the
/// record on opening completes the save, so a crash never leaves half an edit on disk.
struct PendingSave: Codable {
  /// One file to replace (`content`) or remove (`content == nil`), relative to the project.
  struct File: Codable {
    var path: String
    var content: String?
  }

  var files: [File]
  var sequence: Int
  var historyLine: String

  /// Writes the record, replaces the files, appends the history line and removes the record.
  func perform(in layout: ProjectLayout, journal: HistoryJournal) throws(StoreError) {
    let url = layout.url(ProjectLayout.pending)
    let data: Data
    do { data = try JSONEncoder().encode(self) } catch {
      throw StoreError.io(path: url.path, operation: "encode", message: "\(error)")
    }
    try AtomicFile.write(String(decoding: data, as: UTF8.self), to: url)
    try complete(in: layout, journal: journal)
  }

  /// Replaces the files, appends the history line unless already there, removes the record.
  func complete(in layout: ProjectLayout, journal: HistoryJournal) throws(StoreError) {
    for file in files {
      let url = layout.url(file.path)
      if let content = file.content {
        try AtomicFile.makeFolder(url.deletingLastPathComponent())
        try AtomicFile.write(content, to: url)
      } else {
        try AtomicFile.remove(url)
      }
    }
    let entries = try journal.readRepairing()
    if (entries.last?.sequence ?? 0) < sequence { try journal.append(historyLine) }
    unlink(layout.url(ProjectLayout.pending).path)
  }

  /// Completes a save left by a crash, if there is one.
  static func recover(in layout: ProjectLayout, journal: HistoryJournal) throws(StoreError) {
    let url = layout.url(ProjectLayout.pending)
    guard let bytes = try FileReader.bytes(at: url) else { return }
    guard let pending = try? JSONDecoder().decode(PendingSave.self, from: Data(bytes)) else {
      throw StoreError.io(
        path: url.path, operation: "complete an interrupted save",
        message: "the record is not readable; move it away and run 'sarap check'")
    }
    try pending.complete(in: layout, journal: journal)
  }
}
