import Foundation

/// Removes the hidden temporary files (`.NAME.PID.RANDOM.tmp`) that a Sarap killed mid-save
/// left behind, once their process is gone.
enum StaleTemporaryFiles {
  /// The folders Sarap writes temporary files in, relative.
  static let folders = [
    ProjectLayout.codebooks, ProjectLayout.codings, ProjectLayout.transcripts,
    ProjectLayout.transcriptRevisions, ProjectLayout.state,
  ]

  /// Removes, in the project's folders, every temporary file whose process is not running;
  /// returns the relative paths removed.
  @discardableResult
  static func remove(in layout: ProjectLayout) -> [String] {
    var removed: [String] = []
    for folder in folders {
      for name in FileReader.names(in: layout.url(folder)) {
        guard let pid = ownerProcess(of: name), pid != getpid(), !isRunning(pid) else { continue }
        let path = "\(folder)/\(name)"
        if unlink(layout.url(path).path) == 0 { removed.append(path) }
      }
    }
    return removed
  }

  /// The process id in a temporary file's name, nil when the name is not one of Sarap's.
  static func ownerProcess(of name: String) -> Int32? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let parts = name.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 4, parts[parts.count - 2].allSatisfy(\.isNumber),
      !parts[parts.count - 2].isEmpty, let pid = Int32(parts[parts.count - 3]), pid > 0
    else { return nil }
    return pid
  }

  private static func isRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno != ESRCH
  }
}
