import Foundation
import SarapCore
import SarapFormats

/// The coder remembered for one project on this machine: `.sarap/coder`, one line holding the
/// name, local state that git ignores.
///
/// The workbench writes it when the researcher names themselves at the first edit or with
/// `:coder NAME`; `sarap config coder NAME` writes it headless. A hand edit is read as written;
/// a name that cannot name a coder is an error naming the file, line and column.
public enum RememberedCoder {
  /// The name remembered for the project, or nil when none is (no file, or a blank one).
  public static func read(in folder: ProjectFolder) throws(StoreError) -> Coder.ID? {
    let path = ProjectLayout.coder
    guard let bytes = try FileReader.bytes(at: folder.layout.url(path)) else { return nil }
    let display = folder.displayPath(path)
    let text: String
    do { text = try ProjectText.decode(bytes, path: display) } catch {
      throw StoreError.badCoderFile(error)
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if let extra = lines.dropFirst().firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) {
      throw StoreError.badCoderFile(
        ProjectFileError(
          path: display, line: extra + 1, column: 1,
          message: "the file holds one line, the coder's name"))
    }
    let line = String(lines.first ?? "")
    if line.allSatisfy(\.isWhitespace) { return nil }
    do throws(Coder.NameProblem) { return try Coder.named(line) } catch {
      throw StoreError.badCoderFile(
        ProjectFileError(path: display, line: 1, column: error.column, message: error.message))
    }
  }

  /// Remembers the name for the project, durably (the folder `.sarap/` is made when missing).
  public static func write(_ coder: Coder.ID, in folder: ProjectFolder) throws(StoreError) {
    try AtomicFile.makeFolder(folder.layout.url(ProjectLayout.state))
    try AtomicFile.write(coder.rawValue + "\n", to: folder.layout.url(ProjectLayout.coder))
  }
}

extension Coder.NameProblem {
  /// The 1-based column the problem is at: the forbidden character's, else the first.
  var column: Int {
    if case .forbidden(_, let column) = self { return column }
    return 1
  }
}
