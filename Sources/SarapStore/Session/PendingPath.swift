import Foundation

/// The paths a save's record may name: the project's own text files, nothing else.
///
/// A record comes from disk, and a project folder can be copied, unzipped or pulled from someone
/// else: a path is accepted only when it is relative, under `Codebooks/` or `Transcripts/`, names
/// a visible `.txt` file, has no `.`, `..` or `.git` component, and no folder on the way (nor the
/// file) is a symbolic link.
enum PendingPath {
  /// The absolute URL of `path`, or an error naming the record and the path.
  static func confined(_ path: String, in layout: ProjectLayout, record: String)
    throws(StoreError) -> URL
  {
    if let reason = problem(path, in: layout) {
      throw StoreError.io(
        path: record, operation: "use the path \(quoted(path))",
        message: "\(reason); a save only writes the project's own files")
    }
    return layout.url(path)
  }

  /// Why `path` is refused, nil when it is one of the project's files.
  static func problem(_ path: String, in layout: ProjectLayout) -> String? {
    let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard !path.hasPrefix("/") else { return "it is absolute" }
    guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" }) else {
      return "it holds a control character or a backslash"
    }
    guard components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
      return "it is not a plain relative path (empty, '.' or '..' component)"
    }
    guard !components.contains(where: { $0.lowercased() == ".git" }) else {
      return "it is inside .git"
    }
    guard [ProjectLayout.codebooks, ProjectLayout.transcripts].contains(components[0]),
      components.count >= 2, let name = components.last, name.hasSuffix(".txt"),
      !name.hasPrefix(".")
    else { return "it is not a text file under Codebooks/ or Transcripts/" }
    var walked = layout.root
    for component in components {
      walked = walked.appendingPathComponent(component)
      guard let status = try? DiskStat.of(walked.path) else { return nil }
      if status.isSymbolicLink { return "\(component) is a symbolic link" }
    }
    return nil
  }

  private static func quoted(_ path: String) -> String {
    "'"
      + path.unicodeScalars.map {
        $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0)
      }.joined() + "'"
  }
}
