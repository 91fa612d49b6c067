import Foundation
import SarapCore
import SarapFormats

/// An open project that edits go through: locked, durable, undoable.
///
/// Every ``apply(_:summary:)`` rewrites only the files the edit touches, and returns only after
/// they and the history entry are on disk. ``undo()`` and ``redo()`` apply recorded inverses and
/// are recorded themselves, so the history survives a restart. A writable session holds the
/// project's lock until ``close()``; a read-only one takes no lock and refuses edits.
public final class ProjectSession {
  /// The project folder.
  public let folder: ProjectFolder
  /// The coder recorded on this session's edits; nil until one is named (edits are refused
  /// until then, with ``StoreError/noCoder``).
  public internal(set) var coder: Coder.ID?
  /// Whether edits are refused (no lock was taken).
  public let isReadOnly: Bool
  /// The project as it is on disk.
  public internal(set) var project: Project
  /// Every recorded history entry, oldest first (those kept, when the history was pruned).
  ///
  /// A writable session that codes (``CodingsScope/sessionCoder``) does not decode the entries
  /// recorded before it opened: it holds the ones it records, until an undo or redo reads the rest
  /// (``readWholeHistory()``).
  public internal(set) var history: [HistoryEntry]
  /// Which entries were cut off, when the history was pruned; nil otherwise.
  public internal(set) var historyPrune: HistoryPrune?
  /// Files that could not be parsed (only ever non-empty for a read-only session).
  public let loadErrors: [ProjectFileError]
  /// Whose codings ``project`` holds.
  public let codingsScope: CodingsScope

  /// Whose codings a session holds.
  public enum CodingsScope: Sendable {
    /// Every coder's: what the workbench, reports and most commands need.
    case everyCoder
    /// The session's coder's only (every coder's when it opens without one): what a command
    /// that codes (`sarap code add|remove|batch`) needs. Another coder's codings file the cache
    /// holds at its current version is not decoded, so the command's load does not grow with
    /// the codings of others. Edits that change anything but the coder's own codings file are
    /// refused.
    case sessionCoder
  }

  var codingsFiles: [Coder.ID: String]
  var stamps: [String: FileStamp]
  var diskStats: [String: DiskStat]
  var stacks: UndoStacks
  /// The step of the last entry recorded before this session opened when the entries were not
  /// decoded (``HistoryJournal/readSteps()``); nil when ``history`` holds every entry.
  var lastUnreadStep: HistoryStep?
  var lock: ProjectLock?
  var failure: String?
  let journal: HistoryJournal
  /// The codings files saved by this session, with their coder and version, for the project
  /// cache.
  var savedCodings: [String: (coder: Coder.ID, source: CacheSource)] = [:]
  /// The transcripts whose body was found changed when first read, in a session opened with
  /// ``ProjectFolder/TextLoading/onDemandInSession``; nil otherwise.
  public internal(set) var changedBodies: ChangedBodies?

  init(
    folder: ProjectFolder, coder: Coder.ID?, lock: ProjectLock?, report: ProjectLoadReport,
    history: HistoryLog, journal: HistoryJournal, codingsScope: CodingsScope = .everyCoder
  ) {
    self.codingsScope = codingsScope
    self.folder = folder
    self.coder = coder
    self.isReadOnly = lock == nil
    self.lock = lock
    self.project = report.project
    self.loadErrors = report.errors
    self.codingsFiles = report.codingsFiles
    self.stamps = report.stamps
    self.diskStats = report.diskStats
    self.history = history.entries
    self.historyPrune = history.prune
    self.stacks = UndoStacks(replaying: history)
    self.lastUnreadStep = history.unread.last
    self.journal = journal
  }

  deinit {
    storeSavedCodingsInCache()
    lock?.release()
  }

  /// Opens a project; unless `readOnly`, takes its lock, completes a save a crash interrupted,
  /// and refuses a project with a file it cannot parse.
  ///
  /// A read-only session opens a project with unparseable files too: it holds what did parse and
  /// lists the rest in ``loadErrors``. A session opened without a coder reads, and refuses edits
  /// until one is named with ``rememberCoder(_:)``.
  ///
  /// With `text` ``ProjectFolder/TextLoading/onDemand`` (a command's short session) a transcript's
  /// body is read when its text is first needed; a long session that shows text (the workbench)
  /// opens with ``ProjectFolder/TextLoading/onDemandInSession``: a transcript edited on disk
  /// before its body is read is noticed as an outside change and never read as a different text.
  ///
  /// With `codings` ``CodingsScope/sessionCoder`` and a coder, ``project`` holds that coder's
  /// codings only, and edits of anything else are refused.
  public static func open(
    folder url: URL, coder: Coder.ID?, readOnly: Bool = false,
    text: ProjectFolder.TextLoading = .onDemand, codings: CodingsScope = .everyCoder
  ) throws(StoreError) -> ProjectSession {
    let cache = text.cacheMode
    let changedBodies = text == .onDemandInSession ? ChangedBodies() : nil
    let scope: CodingsScope = coder == nil ? .everyCoder : codings
    let codingsOf = scope == .sessionCoder ? coder : nil
    let folder = ProjectFolder(url: url)
    guard folder.isProject else { throw StoreError.notAProject(path: url.path) }
    let journal = HistoryJournal(
      url: folder.layout.url(ProjectLayout.history),
      displayPath: folder.displayPath(ProjectLayout.history))
    if readOnly {
      let report = try folder.loadReport(
        stamping: true, cache: cache, codingsOf: codingsOf, changedBodies: changedBodies)
      let history = (try? journal.read().log) ?? HistoryLog()
      let session = ProjectSession(
        folder: folder, coder: coder, lock: nil, report: report, history: history,
        journal: journal, codingsScope: scope)
      session.changedBodies = changedBodies
      return session
    }
    let lock = try ProjectLock.acquire(folder.layout, coder: coder)
    do throws(StoreError) {
      StaleTemporaryFiles.remove(in: folder.layout)
      try PendingSave.recover(in: folder, journal: journal)
      // A command that codes only adds entries: their edits are decoded if an undo needs them.
      let history = try journal.readForWriting(skimming: scope == .sessionCoder)
      let report = try folder.loadReport(
        stamping: true, cache: cache, codingsOf: codingsOf, changedBodies: changedBodies)
      guard report.errors.isEmpty else { throw StoreError.unparseable(report.errors) }
      let session = ProjectSession(
        folder: folder, coder: coder, lock: lock, report: report, history: history,
        journal: journal, codingsScope: scope)
      session.changedBodies = changedBodies
      return session
    } catch {
      lock.release()
      throw error
    }
  }

  /// Releases the lock; the session refuses edits afterwards.
  public func close() {
    storeSavedCodingsInCache()
    lock?.release()
    lock = nil
    failure = "the session is closed"
  }
}
