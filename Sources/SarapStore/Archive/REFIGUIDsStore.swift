import Foundation
import SarapFormats

/// Loads and saves a project's REFI GUIDs (`Codebooks/refi-ids.txt`).
public enum REFIGUIDsStore {
  /// The stored GUIDs; none when the file does not exist yet.
  public static func load(_ folder: ProjectFolder) throws -> REFIGUIDs {
    let url = folder.layout.url(ProjectLayout.refiGUIDs)
    guard let bytes = try FileReader.bytes(at: url) else { return REFIGUIDs() }
    let path = folder.displayPath(ProjectLayout.refiGUIDs)
    // The fast, validating decoder first; the scalar-by-scalar one only to locate an error.
    let text = try String(validating: bytes, as: UTF8.self) ?? ProjectText.decode(bytes, path: path)
    return try REFIGUIDsFile.decode(text, path: path)
  }

  /// Writes the GUIDs durably when they differ from those stored; returns whether it wrote.
  @discardableResult
  public static func save(_ guids: REFIGUIDs, in folder: ProjectFolder) throws -> Bool {
    let url = folder.layout.url(ProjectLayout.refiGUIDs)
    let text = REFIGUIDsFile.encode(guids)
    guard try FileReader.bytes(at: url) != Array(text.utf8) else { return false }
    try AtomicFile.makeFolder(url.deletingLastPathComponent())
    try AtomicFile.write(text, to: url)
    return true
  }

  /// Saves the GUIDs as ``save(_:in:)`` does, except that a project that cannot be written
  /// (read-only file system, no permission) only adds a note to the report: an export of a
  /// read-only project is still written, but GUIDs minted for it are not kept.
  public static func saveUnlessReadOnly(
    _ guids: REFIGUIDs, in folder: ProjectFolder, report: inout REFIReport
  ) throws {
    do { try save(guids, in: folder) } catch StoreError.io(_, _, let message)
      where readOnly(message)
    {
      report.add(
        .info, folder.displayPath(ProjectLayout.refiGUIDs),
        "not updated (\(message)): the project is read-only, so items new since the last "
          + "export got GUIDs that are not kept and another export will give them new ones")
    }
  }

  private static func readOnly(_ message: String) -> Bool {
    [EROFS, EACCES, EPERM].contains { String(cString: strerror($0)) == message }
  }
}
