import Foundation

/// Reads whole files as bytes.
enum FileReader {
  /// The file's bytes, or nil when it does not exist.
  ///
  /// A folder, FIFO, device or socket at the path is an error, never opened (reading a FIFO
  /// would wait for a writer forever).
  static func bytes(at url: URL) throws(StoreError) -> [UInt8]? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    if let problem = ProjectFileKind.problem(at: url) {
      throw StoreError.io(path: url.path, operation: "read", message: problem)
    }
    do {
      return [UInt8](try Data(contentsOf: url))
    } catch {
      throw StoreError.io(
        path: url.path, operation: "read", message: "\(error.localizedDescription)")
    }
  }

  /// The names in a folder, sorted; empty when the folder does not exist.
  static func names(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }
}
