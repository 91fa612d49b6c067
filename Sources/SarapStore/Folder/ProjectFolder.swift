import Foundation
import SarapCore
import SarapFormats

/// A project folder on disk, read without taking the lock.
///
/// ``load()`` reads every file and fails when any cannot be parsed; ``loadReport()`` reads what it
/// can and lists the rest as `path:line:col` errors (what `sarap check` and read-only sessions use).
public struct ProjectFolder: Sendable {
  /// The folder as given.
  public let url: URL
  /// Where each file lives.
  public let layout: ProjectLayout
  /// The folder as shown in messages (`url`'s relative path, worked out once: a load names
  /// every transcript by it).
  private let displayBase: String

  /// A project folder at `url`.
  public init(url: URL) {
    self.url = url
    self.layout = ProjectLayout(root: url)
    self.displayBase = url.relativePath
  }

  /// Loads the whole project; throws ``StoreError/unparseable(_:)`` listing every file that
  /// cannot be parsed.
  ///
  /// The codings come from the project cache where it is current. With `text` ``TextLoading/inMemory``
  /// every transcript is read and decoded now; with ``TextLoading/onDemand`` transcripts the cache
  /// holds come from it and their bodies are read the first time their text is needed (what
  /// reports that count codings, and sessions, use: the folder must then stay where it is).
  public func load(text: TextLoading = .inMemory) throws -> Project {
    let report = try loadReport(stamping: false, cache: text.cacheMode)
    guard report.errors.isEmpty else { throw StoreError.unparseable(report.errors) }
    return report.project
  }

  /// When a load reads the transcripts' text.
  public enum TextLoading: Sendable {
    /// Every body read and decoded during the load.
    case inMemory
    /// Bodies the project cache knows read when first needed; a command stops (exit status 1)
    /// naming a file whose body changed on disk before it was read.
    case onDemand
    /// Bodies read when first needed, as with ``onDemand``, for a long session (the workbench):
    /// a body whose file changed on disk since the load is not read, and never stops the
    /// process; the session names the file as changed (``ProjectSession/noticeChangesOnDisk()``)
    /// and refuses edits, and the body holds a notice of the same length instead of the text. A
    /// load outside a session, having nothing to tell, reads as ``onDemand``.
    case onDemandInSession

    /// How a load with this text loading uses the project cache.
    var cacheMode: CacheMode { self == .inMemory ? .textInMemory : .textOnDemand }
  }

  /// How a load uses the project cache.
  enum CacheMode {
    /// Neither read nor written: every file decoded from its text (`sarap check`).
    case off
    /// Codings files from the cache; transcripts decoded from their text.
    case textInMemory
    /// Codings files and transcript headers from the cache, bodies read when first needed.
    case textOnDemand
  }

  /// The path of a project file as shown in errors: relative to the folder as given.
  public func displayPath(_ relative: String) -> String {
    displayBase == "." || displayBase.isEmpty ? relative : displayBase + "/" + relative
  }

  /// Whether the folder looks like a Sarap project (has `Codebooks/` or `Transcripts/`).
  public var isProject: Bool {
    [ProjectLayout.codebooks, ProjectLayout.transcripts].contains {
      FileManager.default.fileExists(atPath: layout.url($0).path)
    }
  }
}
