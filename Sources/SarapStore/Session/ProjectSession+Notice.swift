import Foundation

extension ProjectSession {
  /// Throws when a file this session read was changed on disk by someone else since (a hand
  /// edit, a `git pull`, another program); the session then refuses every edit until reopened,
  /// so that no edit is made against text or codes that are no longer there.
  ///
  /// Cheap: one `lstat` per file; a file is read and compared only when its stat moved. A
  /// transcript whose body was found changed when first read (``changedBodies``) is named first.
  public func noticeChangesOnDisk() throws(StoreError) {
    guard failure == nil else { return }
    try noticeChangedBodies()
    for path in diskStats.keys.sorted() {
      let absolute = folder.layout.path(path)
      let now = try DiskStat.of(absolute)
      guard now != diskStats[path] else { continue }
      let bytes = try? FileReader.regularBytes(at: absolute)
      if let bytes, FileStamp(bytes) == stamps[path] {
        diskStats[path] = now
        continue
      }
      let display = folder.displayPath(path)
      failure = "\(display) changed on disk since Sarap read it"
      throw StoreError.changedOnDisk(path: display)
    }
  }

  /// Throws, and refuses every edit from then on, when a transcript's body was found changed on
  /// disk as it was first read: an edit computed from that body worked on a notice, not the text.
  func noticeChangedBodies() throws(StoreError) {
    guard let path = changedBodies?.first else { return }
    if failure == nil { failure = "\(path) changed on disk since Sarap read it" }
    throw StoreError.changedOnDisk(path: path)
  }
}
