/// Checks the path of an archive entry before anything is done with it.
enum ArchivePath {
  /// Why the path is unsafe, or nil when it is a plain relative path inside the archive.
  ///
  /// Refused: empty paths, absolute paths (`/x`, `\x`, `C:x`), `..` components, NUL and other
  /// control characters. A backslash counts as a separator, as Windows tools write it.
  static func problem(with path: String) -> String? {
    if path.isEmpty { return "the path is empty" }
    if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "the path contains a control character"
    }
    let components = path.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "\\" })
    if path.hasPrefix("/") || path.hasPrefix("\\") || hasDriveLetter(path) {
      return "the path is absolute"
    }
    if components.contains("..") { return "the path leaves the archive's folder ('..')" }
    return nil
  }

  private static func hasDriveLetter(_ path: String) -> Bool {
    let scalars = Array(path.unicodeScalars.prefix(2))
    return scalars.count == 2 && scalars[1] == ":" && scalars[0].properties.isAlphabetic
  }

  /// The path with `\` as `/` and a leading `./` removed.
  static func normalised(_ path: String) -> String {
    var result = path.replacing("\\", with: "/")
    while result.hasPrefix("./") { result.removeFirst(2) }
    return result
  }
}
