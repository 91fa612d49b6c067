import Foundation
import SarapCore

extension ProjectSession {
  /// Enters the codings files an edit just saved in the project cache, so that the next command
  /// takes them from it instead of decoding them again.
  ///
  /// The entries are made from what was written (the codings in memory, the stamp of the bytes)
  /// and the file's stat after the save. Written just now, they are racy (see ``CacheSource``):
  /// the next load re-reads each such file once and compares its hash before trusting the entry,
  /// so a change made by someone else right after the save is still seen.
  func recordInCache(_ edit: ProjectEdit, files: [PendingSave.File]) {
    let written = Dictionary(
      files.compactMap { file in file.content.map { (file.path, $0) } },
      uniquingKeysWith: { first, _ in first })
    var entries: [String: CachedCodings] = [:]
    for case .codings(let coder) in ProjectFile.touched(by: edit) {
      guard let path = codingsFiles[coder], let content = written[path],
        let stat = try? DiskStat.of(folder.layout.url(path).path)
      else { continue }
      let source = CacheSource(
        stat: stat, readNanoseconds: CacheSource.now(), stamp: FileStamp(content))
      entries[path] = CachedCodings(
        source: source, coder: coder, codings: project.codings.filter { $0.coder == coder })
    }
    guard !entries.isEmpty else { return }
    var cache = ProjectCache.read(folder.layout, parts: [.codings])
    cache.codings.merge(entries) { _, new in new }
    cache.write(.codings, in: folder.layout)
  }
}
