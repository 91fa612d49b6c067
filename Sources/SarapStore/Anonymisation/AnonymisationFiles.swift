import Foundation
import SarapCore
import SarapEngine
import SarapFormats

/// Reads the anonymisation list of a project and reads and writes its key.
public enum AnonymisationFiles {
  /// The project's always/never list; empty when the project has none.
  public static func list(in folder: ProjectFolder) throws(StoreError) -> AnonymisationList {
    let relative = ProjectLayout.anonymisationList
    guard let text = try text(at: folder.layout.url(relative), path: folder.displayPath(relative))
    else { return AnonymisationList() }
    do {
      return try AnonymisationListFile.decode(text, path: folder.displayPath(relative))
    } catch { throw StoreError.unparseable([error]) }
  }

  /// The key file's location: `path` when given (relative to the current folder), else
  /// `.sarap/anonymisation-key.txt` in the project.
  public static func keyURL(in folder: ProjectFolder, path: String?) -> URL {
    path.map { URL(fileURLWithPath: $0) } ?? folder.layout.url(ProjectLayout.anonymisationKey)
  }

  /// The key at `url`; empty when there is none yet.
  public static func key(at url: URL) throws(StoreError) -> AnonymisationKey {
    guard let text = try text(at: url, path: url.path) else { return AnonymisationKey() }
    do { return try AnonymisationKeyFile.decode(text, path: url.path) } catch {
      throw StoreError.unparseable([error])
    }
  }

  /// Writes the key durably; a new key file is readable by its owner only (mode 0600).
  public static func save(_ key: AnonymisationKey, to url: URL) throws(StoreError) {
    try AtomicFile.makeFolder(url.deletingLastPathComponent())
    if !FileManager.default.fileExists(atPath: url.path) {
      let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw POSIXCall.error(url.path, "create") }
      close(descriptor)
    }
    try AtomicFile.write(AnonymisationKeyFile.encode(key), to: url)
  }

  private static func text(at url: URL, path: String) throws(StoreError) -> String? {
    guard let bytes = try FileReader.bytes(at: url) else { return nil }
    do { return try ProjectText.decode(bytes, path: path) } catch {
      throw StoreError.unparseable([error])
    }
  }
}
