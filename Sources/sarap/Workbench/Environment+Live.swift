import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore
import Workbench

extension Workbench.Environment {
  /// The workbench's environment on a store session: every edit durable before it returns,
  /// undo and redo through the session's recorded history, reports written atomically.
  static func live(_ session: ProjectSession) -> Workbench.Environment {
    Workbench.Environment(
      apply: { edit, summary in
        try session.apply(edit, summary: summary)
        return session.project
      },
      undo: {
        guard session.nextUndo != nil else { return nil }
        let entry = try session.undo()
        return HistoryStep(project: session.project, summary: Self.undecorated(entry.summary))
      },
      redo: {
        guard session.nextRedo != nil else { return nil }
        let entry = try session.redo()
        return HistoryStep(project: session.project, summary: Self.undecorated(entry.summary))
      },
      now: { Timestamp.now() },
      export: { request in try ReportExport.write(request, codebook: session.project.codebook) },
      readRevisionText: { path in try ReviseCommand.body(of: URL(fileURLWithPath: path)) },
      revisionName: { id in session.folder.nextRevisionName(of: id) },
      rememberCoder: { coder in try session.rememberCoder(coder) },
      noticeOutsideChange: {
        do throws(StoreError) {
          try session.noticeChangesOnDisk()
          return nil
        } catch {
          guard case .changedOnDisk(let path) = error else { return "\(error)" }
          return path
        }
      },
      noticeChangedText: { session.changedBodies?.nextUnnamed() },
      readAnonymisation: {
        AnonymisationDecisions(
          key: try AnonymisationFiles.key(at: anonymisationKey(session)),
          list: try AnonymisationFiles.list(in: session.folder))
      },
      recordAnonymisationDecision: { entry in
        guard !session.isReadOnly else { throw StoreError.readOnly }
        var key = try AnonymisationFiles.key(at: anonymisationKey(session))
        key.decide(entry)
        try AnonymisationFiles.save(key, to: anonymisationKey(session))
      },
      recordAnonymisationApplied: { records in
        guard !session.isReadOnly else { throw StoreError.readOnly }
        var key = try AnonymisationFiles.key(at: anonymisationKey(session))
        key.record(records)
        try AnonymisationFiles.save(key, to: anonymisationKey(session))
      })
  }

  /// The project's anonymisation key file, where `sarap anonymise` keeps it by default.
  private static func anonymisationKey(_ session: ProjectSession) -> URL {
    AnonymisationFiles.keyURL(in: session.folder, path: nil)
  }

  /// A history summary without the store's `undo: ` or `redo: ` prefix.
  static func undecorated(_ summary: String) -> String {
    for prefix in ["undo: ", "redo: "] where summary.hasPrefix(prefix) {
      return String(summary.dropFirst(prefix.count))
    }
    return summary
  }
}
