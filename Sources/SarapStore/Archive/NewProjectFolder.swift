import Foundation
import SarapCore
import SarapFormats

/// Writes an imported project as a new project folder.
///
/// The files are written (each durably, by ``ProjectFolder/create(at:title:)`` and
/// ``ProjectFolder/save(_:)``) into a hidden temporary folder beside the target, which is then
/// renamed into place; the target must not exist or be an empty folder. So an interrupted
/// import leaves no half-written project, and nothing is ever written outside the target.
public enum NewProjectFolder {
  /// Creates the project folder at `url` with the project's files and extra files.
  ///
  /// Extra files are given by path relative to the folder, such as `Codebooks/refi-ids.txt`.
  public static func create(at url: URL, project: Project, extraFiles: [String: String] = [:])
    throws(StoreError)
  {
    try checkTarget(url)
    let parent = url.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(
      ".\(url.lastPathComponent).import-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    do throws(StoreError) {
      let folder = try ProjectFolder.create(at: staging, title: project.description.title)
      try folder.save(project)
      for (relative, text) in extraFiles {
        let file = staging.appendingPathComponent(relative)
        try AtomicFile.makeFolder(file.deletingLastPathComponent())
        try AtomicFile.write(text, to: file)
      }
      if FileManager.default.fileExists(atPath: url.path), rmdir(url.path) != 0 {
        throw POSIXCall.error(url.path, "replace the empty folder")
      }
      guard rename(staging.path, url.path) == 0 else {
        throw POSIXCall.error(url.path, "move the imported project into")
      }
      try AtomicFile.syncFolder(parent)
    } catch {
      try? FileManager.default.removeItem(at: staging)
      throw error
    }
  }

  /// Refuses a target that exists and is not an empty folder.
  private static func checkTarget(_ url: URL) throws(StoreError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else {
      throw StoreError.io(path: url.path, operation: "import into", message: "a file is there")
    }
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? ["?"]
    guard contents.isEmpty else {
      throw StoreError.io(
        path: url.path, operation: "import into",
        message: "the folder is not empty (import creates a new project folder)")
    }
  }
}
