import Foundation
import SarapCore
import SarapFormats

extension ProjectSession {
  /// Applies an edit, writes the files it touches durably and records it in the history.
  ///
  /// On error nothing changed: neither the project in memory nor any file.
  public func apply(_ edit: ProjectEdit, summary: String) throws(StoreError) {
    try commit(edit, kind: .apply, target: nil, summary: summary, original: nil)
  }

  /// Undoes the most recent edit that is not undone yet; returns the entry recorded.
  @discardableResult
  public func undo() throws(StoreError) -> HistoryEntry {
    try readWholeHistory()
    guard let target = stacks.undoable.last else { throw StoreError.nothingToUndo }
    return try replay(try recorded(target, for: .undo), kind: .undo)
  }

  /// Redoes the most recently undone edit; returns the entry recorded.
  @discardableResult
  public func redo() throws(StoreError) -> HistoryEntry {
    try readWholeHistory()
    guard let target = stacks.redoable.last else { throw StoreError.nothingToRedo }
    return try replay(try recorded(target, for: .redo), kind: .redo)
  }

  /// The entry an undo or redo concerns; throws, naming the prune, when it was cut off.
  private func recorded(_ sequence: Int, for kind: HistoryEntry.Kind) throws(StoreError)
    -> HistoryEntry
  {
    if let entry = entry(sequence) { return entry }
    let when = historyPrune.map { " on \($0.time), which kept the entries after \($0.through)" }
    throw StoreError.historyPruned(
      ProjectFileError(
        path: journal.displayPath, line: 1, column: 1,
        message: "cannot \(kind) entry \(sequence): it was cut off when the history was pruned"
          + "\(when ?? ""); nothing was changed"))
  }

  /// Undoes or redoes a recorded entry: its edit (diffs applied to the project's current texts),
  /// committed as a new entry; when it no longer applies, the error names the history line and
  /// column it was recorded at.
  private func replay(_ target: HistoryEntry, kind: HistoryEntry.Kind) throws(StoreError)
    -> HistoryEntry
  {
    try checkCanEdit()
    let key = kind == .undo ? "inverse" : "edit"
    let edit: ProjectEdit
    do {
      edit = try (kind == .undo ? target.inverse : target.edit).resolved(in: project)
    } catch {
      throw noLongerApplies(target, kind: kind, key: key, why: error.description)
    }
    do {
      return try commit(
        edit, kind: kind, target: target.sequence, summary: "\(kind): \(target.summary)",
        original: kind == .undo ? edit.inverse : edit)
    } catch {
      guard case .edit(let why) = error else { throw error }
      throw noLongerApplies(target, kind: kind, key: key, why: "\(why)")
    }
  }

  /// The error of an entry whose edit no longer applies, at its line and key in the history.
  private func noLongerApplies(
    _ target: HistoryEntry, kind: HistoryEntry.Kind, key: String, why: String
  ) -> StoreError {
    let line = historyLine(of: target.sequence)
    let column = line.flatMap(journal.text(ofLine:)).map { HistoryFile.column(of: key, in: $0) }
    return StoreError.historyNoLongerApplies(
      ProjectFileError(
        path: journal.displayPath, line: line ?? 1, column: column ?? 1,
        message: "cannot \(kind) entry \(target.sequence) ('\(target.summary)'): \(why)"))
  }

  /// The line of `.sarap/history` that holds an entry (one entry per line, in order, after the
  /// prune record if there is one).
  private func historyLine(of sequence: Int) -> Int? {
    history.firstIndex { $0.sequence == sequence }.map {
      HistoryLog(prune: historyPrune).line(ofEntryAt: $0)
    }
  }

  /// The entry ``undo()`` would undo; nil when there is none, or it was pruned (or the history
  /// cannot be read: ``undo()`` says why).
  public var nextUndo: HistoryEntry? {
    try? readWholeHistory()
    return stacks.undoable.last.flatMap(entry)
  }

  /// The entry ``redo()`` would redo; nil when there is none, or it was pruned (or the history
  /// cannot be read: ``redo()`` says why).
  public var nextRedo: HistoryEntry? {
    try? readWholeHistory()
    return stacks.redoable.last.flatMap(entry)
  }

  /// Decodes the entries recorded before the session opened, when it read only their steps
  /// (``lastUnreadStep``): every line checked as when a session opens with them decoded.
  public func readWholeHistory() throws(StoreError) {
    guard lastUnreadStep != nil else { return }
    let log = try journal.read().log
    history = log.entries
    historyPrune = log.prune
    lastUnreadStep = nil
  }

  /// The sequence number of the next entry.
  var nextSequence: Int { (history.last?.sequence ?? lastUnreadStep?.sequence ?? 0) + 1 }

  private func entry(_ sequence: Int) -> HistoryEntry? {
    let index = sequence - (history.first?.sequence ?? 1)
    if history.indices.contains(index), history[index].sequence == sequence {
      return history[index]
    }
    return history.first { $0.sequence == sequence }
  }

  /// Throws unless the session can edit: writable, not failed, with a coder.
  private func checkCanEdit() throws(StoreError) {
    guard !isReadOnly else { throw StoreError.readOnly }
    if let failure { throw StoreError.needsReopen(failure) }
    guard coder != nil else { throw StoreError.noCoder }
  }

  /// Throws unless the session holds everything the edit changes: a session holding only its
  /// coder's codings edits only its coder's codings file.
  func checkInScope(_ edit: ProjectEdit, coder: Coder.ID) throws(StoreError) {
    guard codingsScope == .sessionCoder else { return }
    let outside = ProjectFile.touched(by: edit).subtracting([.codings(coder)])
    guard outside.isEmpty else {
      throw StoreError.needsReopen(
        "this session holds only \(coder)'s codings and cannot make an edit that changes "
          + outside.map { path(of: $0) }.sorted().joined(separator: ", "))
    }
  }

  /// Applies an edit and records it; `original` is the edit an undo or redo undoes or redoes.
  @discardableResult
  private func commit(
    _ edit: ProjectEdit, kind: HistoryEntry.Kind, target: Int?, summary: String,
    original: ProjectEdit?
  ) throws(StoreError) -> HistoryEntry {
    try checkCanEdit()
    guard let coder else { throw StoreError.noCoder }
    try checkInScope(edit, coder: coder)
    try noticeChangesOnDisk()
    var next = project
    let inverse: ProjectEdit
    do { inverse = try next.apply(edit) } catch { throw StoreError.edit(error) }
    let entry = HistoryEntry(
      sequence: nextSequence, kind: kind, target: target, coder: coder,
      time: Timestamp.now(), summary: summary, edit: edit, inverse: inverse)
    let touched = ProjectFile.touched(by: edit)
    let versions = try unchangedBytes(touched.map { path(of: $0) })
    let files = pendingFiles(
      touched, in: next, spliced: splicedCodings(for: edit, into: versions))
    var before = versions.mapValues { $0.map(SHA256.hex) ?? PendingSave.absent }
    let records = try auditFiles(
      for: entry, edit: edit, original: original, before: project, after: next)
    for record in records {
      before[record.path] = try FileReader.contentHash(at: folder.layout.url(record.path).path)
    }
    let save = PendingSave(
      files: files + records, before: before, sequence: entry.sequence,
      historyLine: HistoryFile.encodeLine(entry))
    try perform(save, writing: files)
    project = next
    history.append(entry)
    stacks.record(entry)
    noteSavedCodings(edit, files: files)
    return entry
  }

  /// Performs a pending save and notes the stamps of the files it wrote; a save that finds a
  /// file changed on disk, or cannot be completed, leaves the session needing a reopen.
  func perform(_ save: PendingSave, writing files: [PendingSave.File]) throws(StoreError) {
    // A body first read while the edit was worked out may have been found changed.
    try noticeChangedBodies()
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
  }

  /// The content hash of each file about to be replaced; throws when one is not what this session
  /// last read or wrote.
  func unchangedVersions(_ files: [PendingSave.File]) throws(StoreError) -> [String: String] {
    try unchangedBytes(files.map(\.path)).mapValues { $0.map(SHA256.hex) ?? PendingSave.absent }
  }

  /// The bytes of each file about to be replaced (nil for one that does not exist); throws when
  /// one is not what this session last read or wrote.
  func unchangedBytes(_ paths: [String]) throws(StoreError) -> [String: [UInt8]?] {
    var versions: [String: [UInt8]?] = [:]
    for path in paths {
      let bytes = try FileReader.regularBytes(at: folder.layout.url(path).path)
      guard bytes.map({ FileStamp($0) }) == stamps[path] else {
        throw StoreError.changedOnDisk(path: folder.displayPath(path))
      }
      versions[path] = .some(bytes)
    }
    return versions
  }

  /// The new version of each file, encoded from `project`, except `spliced`, already made.
  func pendingFiles(
    _ files: Set<ProjectFile>, in project: Project, spliced: PendingSave.File? = nil
  ) -> [PendingSave.File] {
    files.map { file in
      let path = path(of: file)
      if let spliced, spliced.path == path { return spliced }
      return PendingSave.File(path: path, content: file.content(in: project))
    }
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
