import Foundation
import SarapCore

extension ProjectSession {
  /// Notes the version of each codings file an edit just saved (stat taken right after the
  /// save, the stamp of the bytes written), for ``storeSavedCodingsInCache()``.
  func noteSavedCodings(_ edit: ProjectEdit, files: [PendingSave.File]) {
    let written = Dictionary(
      files.compactMap { file in file.content.map { (file.path, $0) } },
      uniquingKeysWith: { first, _ in first })
    for case .codings(let coder) in ProjectFile.touched(by: edit) {
      guard let path = codingsFiles[coder], let content = written[path] else { continue }
      let readAt = CacheSource.now()
      guard let stat = try? DiskStat.of(folder.layout.url(path).path) else { continue }
      savedCodings[path] = (
        coder, CacheSource(stat: stat, readNanoseconds: readAt, stamp: FileStamp(content))
      )
    }
  }

  /// Enters the codings files this session saved in the project cache (once, when it closes), so
  /// that the next command takes them from it instead of decoding them again.
  ///
  /// Each entry is the codings in memory with the stat noted right after the file's last save:
  /// a file changed since by someone else no longer has that stat, so its entry is stale. Noted
  /// as read at the moment of the save, the entry is racy (see ``CacheSource``) for two seconds:
  /// a load then re-reads the file and compares its hash before trusting the entry.
  func storeSavedCodingsInCache() {
    guard !savedCodings.isEmpty else { return }
    var cache = ProjectCache()
    for (path, saved) in savedCodings {
      // A session that holds its coder's codings only passes them on as they are, not copied.
      let own =
        project.codings.allSatisfy { $0.coder == saved.coder }
        ? project.codings : project.codings.filter { $0.coder == saved.coder }
      cache.codings[path] = CachedCodings(source: saved.source, coder: saved.coder, codings: own)
      cache.write(.codings(path), in: folder.layout)
    }
    savedCodings = [:]
  }
}
