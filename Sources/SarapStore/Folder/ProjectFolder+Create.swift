import Foundation
import SarapCore
import SarapFormats

extension ProjectFolder {
  /// Creates an empty project at `url`: folders, canonical empty files and a `.gitignore`
  /// keeping `.sarap/` (lock, history) out of git.
  @discardableResult
  public static func create(at url: URL, title: String) throws(StoreError) -> ProjectFolder {
    let folder = ProjectFolder(url: url)
    guard !folder.isProject else {
      throw StoreError.io(
        path: url.path, operation: "create a project", message: "a project is already there")
    }
    for relative in [ProjectLayout.transcripts, ProjectLayout.codings] {
      try AtomicFile.makeFolder(folder.layout.url(relative))
    }
    let project = Project(description: ProjectDescription(title: title))
    let files: [(String, String?)] = [
      (ProjectLayout.description, ProjectFile.description.content(in: project)),
      (ProjectLayout.guide, ProjectFile.guide.content(in: project)),
      (ProjectLayout.codebook, ProjectFile.codebook.content(in: project)),
    ]
    for case (let path, let text?) in files {
      try AtomicFile.write(text, to: folder.layout.url(path))
    }
    let ignore = folder.layout.url(".gitignore")
    if !FileManager.default.fileExists(atPath: ignore.path) {
      try AtomicFile.write(
        "# Sarap's local state: lock, undo history, set-aside saves\n.sarap/\n"
          + "# A save's temporary files (a later session removes those a killed Sarap left)\n"
          + ".*.tmp\n", to: ignore)
    }
    return folder
  }
}
