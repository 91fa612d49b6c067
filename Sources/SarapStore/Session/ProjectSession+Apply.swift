import Foundation
import SarapCore
import SarapFormats

extension ProjectSession {
  /// Applies an edit, writes the files it touches durably and records it in the history.
  ///
  /// On error nothing changed: neither the project in memory nor any file.
  public func apply(_ edit: ProjectEdit, summary: String) throws(StoreError) {
    try commit(edit, kind: .apply, target: nil, summary: summary)
  }

  /// Undoes the most recent edit that is not undone yet; returns the entry recorded.
  @discardableResult
  public func undo() throws(StoreError) -> HistoryEntry {
    guard let target = nextUndo else { throw StoreError.nothingToUndo }
    return try replay(target, kind: .undo)
  }

  /// Redoes the most recently undone edit; returns the entry recorded.
  @discardableResult
  public func redo() throws(StoreError) -> HistoryEntry {
    guard let target = nextRedo else { throw StoreError.nothingToRedo }
    return try replay(target, kind: .redo)
  }

  /// Undoes or redoes a recorded entry; when its edit no longer applies, the error names the
  /// history line it was recorded on.
  private func replay(_ target: HistoryEntry, kind: HistoryEntry.Kind) throws(StoreError)
    -> HistoryEntry
  {
    let edit = kind == .undo ? target.inverse : target.edit
    do {
      return try commit(
        edit, kind: kind, target: target.sequence, summary: "\(kind): \(target.summary)")
    } catch {
      guard case .edit(let why) = error, let line = historyLine(of: target.sequence) else {
        throw error
      }
      throw StoreError.historyNoLongerApplies(
        ProjectFileError(
          path: journal.displayPath, line: line, column: 1,
          message: "cannot \(kind) entry \(target.sequence) ('\(target.summary)'): \(why)"))
    }
  }

  /// The line of `.sarap/history` that holds an entry (one entry per line, in order).
  private func historyLine(of sequence: Int) -> Int? {
    history.firstIndex { $0.sequence == sequence }.map { $0 + 1 }
  }

  /// The entry ``undo()`` would undo.
  public var nextUndo: HistoryEntry? { stacks.undoable.last.flatMap(entry) }

  /// The entry ``redo()`` would redo.
  public var nextRedo: HistoryEntry? { stacks.redoable.last.flatMap(entry) }

  private func entry(_ sequence: Int) -> HistoryEntry? {
    let index = sequence - 1
    if history.indices.contains(index), history[index].sequence == sequence {
      return history[index]
    }
    return history.first { $0.sequence == sequence }
  }

  @discardableResult
  private func commit(
    _ edit: ProjectEdit, kind: HistoryEntry.Kind, target: Int?, summary: String
  ) throws(StoreError) -> HistoryEntry {
    guard !isReadOnly else { throw StoreError.readOnly }
    if let failure { throw StoreError.needsReopen(failure) }
    guard let coder else { throw StoreError.noCoder }
    try noticeChangesOnDisk()
    var next = project
    let inverse: ProjectEdit
    do { inverse = try next.apply(edit) } catch { throw StoreError.edit(error) }
    let entry = HistoryEntry(
      sequence: (history.last?.sequence ?? 0) + 1, kind: kind, target: target, coder: coder,
      time: Timestamp.now(), summary: summary, edit: edit, inverse: inverse)
    let files = pendingFiles(ProjectFile.touched(by: edit), in: next)
    var before = try unchangedVersions(files)
    let records = try auditFiles(for: entry, before: project, after: next)
    for record in records {
      before[record.path] = try FileReader.contentHash(at: folder.layout.url(record.path).path)
    }
    let save = PendingSave(
      files: files + records, before: before, sequence: entry.sequence,
      historyLine: HistoryFile.encodeLine(entry))
    do throws(StoreError) {
      try save.perform(in: folder, journal: journal)
    } catch {
      switch error {
      case .changedOnDisk(let path): failure = "\(path) changed on disk since Sarap read it"
      case .needsReopen(let why): failure = why
      default: break
      }
      throw error
    }
    for file in files {
      stamps[file.path] = file.content.map { FileStamp($0) }
      diskStats[file.path] = try? DiskStat.of(folder.layout.url(file.path).path)
    }
    project = next
    history.append(entry)
    stacks.record(entry)
    noteSavedCodings(edit, files: files)
    return entry
  }

  /// The content hash of each file about to be replaced; throws when one is not what this session
  /// last read or wrote.
  func unchangedVersions(_ files: [PendingSave.File]) throws(StoreError) -> [String: String] {
    var hashes: [String: String] = [:]
    for file in files {
      let bytes = try FileReader.regularBytes(at: folder.layout.url(file.path).path)
      guard bytes.map({ FileStamp($0) }) == stamps[file.path] else {
        throw StoreError.changedOnDisk(path: folder.displayPath(file.path))
      }
      hashes[file.path] = bytes.map(SHA256.hex) ?? PendingSave.absent
    }
    return hashes
  }

  func pendingFiles(_ files: Set<ProjectFile>, in project: Project) -> [PendingSave.File] {
    files.map { file in PendingSave.File(path: path(of: file), content: file.content(in: project)) }
      .sorted { $0.path < $1.path }
  }

  /// The relative path of a project file; a new coder gets a new codings file.
  func path(of file: ProjectFile) -> String {
    switch file {
    case .description: return ProjectLayout.description
    case .guide: return ProjectLayout.guide
    case .codebook: return ProjectLayout.codebook
    case .claims: return ProjectLayout.claims
    case .journal: return ProjectLayout.journal
    case .transcript(let id): return ProjectLayout.transcript(id)
    case .codings(let coder):
      if let path = codingsFiles[coder] { return path }
      let path = newCodingsPath(for: coder)
      codingsFiles[coder] = path
      return path
    }
  }

  private func newCodingsPath(for coder: Coder.ID) -> String {
    let stem = ProjectLayout.codingsStem(for: coder)
    let taken = Set(codingsFiles.values).union(folder.codingsPaths())
    var candidate = "\(ProjectLayout.codings)/\(stem).txt"
    var number = 2
    while taken.contains(candidate) {
      candidate = "\(ProjectLayout.codings)/\(stem)-\(number).txt"
      number += 1
    }
    return candidate
  }
}
