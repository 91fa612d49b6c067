import Foundation
import SarapCore

/// Where each file of a project lives, relative to the project folder.
///
/// ```
/// Transcripts/<ID>.txt          transcripts (*.md and other files are ignored)
/// Codebooks/project.txt         project description
/// Codebooks/guide.txt           interview guide
/// Codebooks/codebook.txt        codebook
/// Codebooks/codings/<name>.txt  one codings file per coder
/// Codebooks/claims.txt          claims ledger
/// Codebooks/journal.txt         research journal
/// .sarap/                       local state, not shared: lock, history, pending, coder
/// ```
public struct ProjectLayout: Hashable, Sendable {
  /// The project folder.
  public let root: URL

  /// The project folder's path, for paths made without a `URL` per file (a load stats every
  /// transcript).
  let rootPath: String

  /// A layout rooted at a project folder.
  public init(root: URL) {
    self.root = root.standardizedFileURL
    self.rootPath = self.root.path
  }

  /// The transcripts folder, relative.
  public static let transcripts = "Transcripts"
  /// The codebooks folder, relative.
  public static let codebooks = "Codebooks"
  /// The project description, relative.
  public static let description = "Codebooks/project.txt"
  /// The interview guide, relative.
  public static let guide = "Codebooks/guide.txt"
  /// The codebook, relative.
  public static let codebook = "Codebooks/codebook.txt"
  /// The claims ledger, relative.
  public static let claims = "Codebooks/claims.txt"
  /// The research journal, relative.
  public static let journal = "Codebooks/journal.txt"
  /// The codings folder, relative.
  public static let codings = "Codebooks/codings"
  /// The local state folder, relative.
  public static let state = ".sarap"
  /// The lock file, relative.
  public static let lock = ".sarap/lock"
  /// The undo history, relative.
  public static let history = ".sarap/history"
  /// The record of a save in progress, relative.
  public static let pending = ".sarap/pending"
  /// The coder remembered for the project on this machine, relative.
  public static let coder = ".sarap/coder"

  /// The transcript file of an id, relative.
  public static func transcript(_ id: Transcript.ID) -> String { "\(transcripts)/\(id).txt" }

  /// The absolute URL of a relative path.
  public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

  /// The absolute path of a relative path (the same as ``url(_:)``'s, made without a `URL`).
  func path(_ relative: String) -> String { rootPath + "/" + relative }

  /// The file name stem for a new coder's codings file: the name with anything other than
  /// letters, digits, `-`, `_` and `.` replaced by `-` (and never starting with `.`).
  public static func codingsStem(for coder: Coder.ID) -> String {
    var stem = String(
      String.UnicodeScalarView(
        coder.rawValue.unicodeScalars.map { scalar in
          scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "-_.".unicodeScalars.contains(scalar) ? scalar : "-"
        }))
    while stem.hasPrefix(".") { stem = "-" + stem.dropFirst() }
    return stem.isEmpty ? "coder" : stem
  }
}
