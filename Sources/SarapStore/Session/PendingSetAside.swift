import Foundation
import SarapCore

/// Moves a save's record that cannot be completed out of the way, into
/// `.sarap/conflicts/<time>/`, with the content it would have written, so that it neither wedges
/// the project nor is lost.
///
/// The folder holds `pending` (the record, byte for byte), `reason.txt`, and for each file the
/// record would have written, that content at the file's own relative path
/// (`.sarap/conflicts/20261203T101500Z/Codebooks/codebook.txt`). `.sarap/` is git-ignored, so
/// nothing there is committed by accident; `sarap check` lists it until the user removes it.
enum PendingSetAside {
  /// The conflicts folder, relative.
  static let folder = ".sarap/conflicts"

  /// Moves the record at `url` aside; returns the folder it went to, as shown to the user.
  static func move(_ url: URL, in project: ProjectFolder, reason: String) throws(StoreError)
    -> String
  {
    let kept = try newFolder(in: project)
    let record = kept.appendingPathComponent("pending")
    guard rename(url.path, record.path) == 0 else {
      throw POSIXCall.error(url.path, "set aside the record of an interrupted save")
    }
    try AtomicFile.syncFolder(url.deletingLastPathComponent())
    try? AtomicFile.write(reason + "\n", to: kept.appendingPathComponent("reason.txt"))
    if let bytes = try? FileReader.regularBytes(at: record.path),
      let save = try? PendingSave.decode(bytes)
    {
      for file in save.files where PendingPath.problem(file.path, in: project.layout) == nil {
        guard let content = file.content else { continue }
        let copy = kept.appendingPathComponent(file.path)
        try? AtomicFile.makeFolder(copy.deletingLastPathComponent())
        try? AtomicFile.write(content, to: copy)
      }
    }
    return project.displayPath(String(kept.path.dropFirst(project.layout.root.path.count + 1)))
  }

  /// The folders set aside so far, relative to the project, oldest first.
  static func kept(in project: ProjectFolder) -> [String] {
    FileReader.names(in: project.layout.url(folder)).filter { !$0.hasPrefix(".") }
      .map { "\(folder)/\($0)" }
  }

  private static func newFolder(in project: ProjectFolder) throws(StoreError) -> URL {
    let stamp = Timestamp.now().rawValue.filter { $0 != ":" && $0 != "-" }
    var name = stamp
    var number = 2
    while FileManager.default.fileExists(atPath: project.layout.url("\(folder)/\(name)").path) {
      name = "\(stamp)-\(number)"
      number += 1
    }
    let url = project.layout.url("\(folder)/\(name)")
    try AtomicFile.makeFolder(url)
    return url
  }
}

extension ProjectFolder {
  /// The interrupted saves set aside in `.sarap/conflicts/`, relative to the project, oldest
  /// first: for `sarap check` to list until the user has merged and deleted them.
  public var setAsideSaves: [String] { PendingSetAside.kept(in: self).map(displayPath) }
}
