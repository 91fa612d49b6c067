import SarapCore
import SarapEngine
import TerminalKit

@testable import Workbench

/// A store in memory with the live store's contract: an edit is applied (or refused) before
/// `apply` returns, and recorded for undo.
final class InMemoryStore {
  private(set) var project: Project
  private(set) var undoStack: [(edit: ProjectEdit, summary: String)] = []
  private(set) var redoStack: [(edit: ProjectEdit, summary: String)] = []
  /// Every summary saved, in order.
  private(set) var log: [String] = []
  /// When set, the next apply throws this.
  var failure: ProjectError?
  /// The last export asked for.
  private(set) var exported: ExportRequest?
  /// The anonymisation key in memory, as the key file would hold it.
  var anonymisationKey = AnonymisationKey()

  init(_ project: Project) { self.project = project }

  var environment: Environment {
    Environment(
      apply: { [unowned self] edit, summary in try self.apply(edit, summary) },
      undo: { [unowned self] in try self.undo() },
      redo: { [unowned self] in try self.redo() },
      now: { Fixture.time },
      export: { [unowned self] request in
        self.exported = request
        return request.path
      },
      readAnonymisation: { [unowned self] in AnonymisationDecisions(key: self.anonymisationKey) },
      recordAnonymisationDecision: { [unowned self] entry in self.anonymisationKey.decide(entry) },
      recordAnonymisationApplied: { [unowned self] records in
        self.anonymisationKey.record(records)
      })
  }

  func apply(_ edit: ProjectEdit, _ summary: String) throws -> Project {
    if let failure {
      self.failure = nil
      throw failure
    }
    let inverse = try project.apply(edit)
    undoStack.append((inverse, summary))
    redoStack.removeAll()
    log.append(summary)
    return project
  }

  func undo() throws -> HistoryStep? {
    guard let last = undoStack.popLast() else { return nil }
    redoStack.append((try project.apply(last.edit), last.summary))
    return HistoryStep(project: project, summary: last.summary)
  }

  func redo() throws -> HistoryStep? {
    guard let last = redoStack.popLast() else { return nil }
    undoStack.append((try project.apply(last.edit), last.summary))
    return HistoryStep(project: project, summary: last.summary)
  }
}
