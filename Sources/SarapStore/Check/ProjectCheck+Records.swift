import Foundation
import SarapFormats

extension ProjectCheck {
  /// The first problem of the undo history (`.sarap/history`) and of the REFI GUID file
  /// (`Codebooks/refi-ids.txt`): invalid UTF-8, a malformed line, a number out of range.
  static func recordProblems(_ folder: ProjectFolder) -> [ProjectFileError] {
    var problems: [ProjectFileError] = []
    let journal = HistoryJournal(
      url: folder.layout.url(ProjectLayout.history),
      displayPath: folder.displayPath(ProjectLayout.history))
    let path = folder.displayPath(ProjectLayout.refiGUIDs)
    if let problem = fileKindProblem(folder, ProjectLayout.history) {
      problems.append(problem)
    } else {
      do throws(StoreError) {
        _ = try journal.read()
      } catch {
        problems += fileErrors(error, path: journal.displayPath)
      }
    }
    if let problem = fileKindProblem(folder, ProjectLayout.refiGUIDs) {
      problems.append(problem)
    } else {
      do {
        _ = try REFIGUIDsStore.load(folder)
      } catch let error as ProjectFileError {
        problems.append(error)
      } catch {
        problems.append(ProjectFileError(path: path, line: 1, column: 1, message: "\(error)"))
      }
    }
    return problems
  }

  /// The problem of a project file that exists but is not a regular file, else nil.
  private static func fileKindProblem(_ folder: ProjectFolder, _ relative: String)
    -> ProjectFileError?
  {
    ProjectFileKind.problem(at: folder.layout.url(relative)).map {
      ProjectFileError(path: folder.displayPath(relative), line: 1, column: 1, message: $0)
    }
  }

  /// A store error as file problems: parse errors as they are, others at line 1, column 1.
  private static func fileErrors(_ error: StoreError, path: String) -> [ProjectFileError] {
    if case .unparseable(let errors) = error { return errors }
    return [ProjectFileError(path: path, line: 1, column: 1, message: "\(error)")]
  }
}
