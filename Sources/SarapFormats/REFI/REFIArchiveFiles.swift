/// The files of a `.qdpx` archive as REFI-QDA import reads them: the `.qde` document and the
/// source files.
///
/// The document is the one `*.qde` at the top level (`project.qde` by the standard; ATLAS.ti uses
/// the project's name). Source files are those in a top-level folder named `sources` in any case;
/// Sarap's own files are those in `sarap/`.
struct REFIArchiveFiles {
  /// The document's path in the archive.
  let qdePath: String
  /// The document's bytes.
  let qde: [UInt8]
  /// The source files by file name.
  let sources: [String: [UInt8]]
  /// Sarap's own files under `sarap/` by file name (see ``REFISarapFiles``).
  let sarapFiles: [String: [UInt8]]
  /// Other files, which import ignores.
  let ignored: [String]

  init(_ files: [String: [UInt8]]) throws(ProjectFileError) {
    let documents = files.keys.filter { !$0.contains("/") && $0.lowercased().hasSuffix(".qde") }
      .sorted()
    guard
      let path = documents.count == 1
        ? documents[0]
        : documents.first(where: {
          $0 == "project.qde"
        })
    else {
      let found = files.keys.filter { $0.lowercased().hasSuffix(".qde") }.sorted()
      let message =
        documents.isEmpty
        ? "no .qde document at the archive's top level"
          + (found.isEmpty ? "" : " (found \(found.joined(separator: ", ")))")
        : "several .qde documents at the top level (\(documents.joined(separator: ", ")))"
      throw ProjectFileError(path: "archive", line: 1, column: 1, message: message)
    }
    qdePath = path
    qde = files[path] ?? []
    var sources: [String: [UInt8]] = [:]
    var sarapFiles: [String: [UInt8]] = [:]
    var ignored: [String] = []
    for (name, bytes) in files where name != path {
      let parts = name.split(separator: "/", omittingEmptySubsequences: false)
      if parts.count == 2, parts[0].lowercased() == "sources", !parts[1].isEmpty {
        sources[String(parts[1])] = bytes
      } else if parts.count == 2, parts[0] == REFISarapFiles.folder, !parts[1].isEmpty {
        sarapFiles[String(parts[1])] = bytes
      } else if !name.hasSuffix("/") {
        ignored.append(name)
      }
    }
    self.sources = sources
    self.sarapFiles = sarapFiles
    self.ignored = ignored.sorted()
  }

  /// The bytes of the source an `internal://` path names: exact name first, then ignoring case.
  func source(named name: String) -> [UInt8]? {
    if let bytes = sources[name] { return bytes }
    let lower = name.lowercased()
    return sources.first { $0.key.lowercased() == lower }?.value
  }
}
