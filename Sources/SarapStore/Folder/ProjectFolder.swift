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

  /// A project folder at `url`.
  public init(url: URL) {
    self.url = url
    self.layout = ProjectLayout(root: url)
  }

  /// Loads the whole project; throws ``StoreError/unparseable(_:)`` listing every file that
  /// cannot be parsed.
  public func load() throws -> Project {
    let report = try loadReport(stamping: false, usingCache: true)
    guard report.errors.isEmpty else { throw StoreError.unparseable(report.errors) }
    return report.project
  }

  /// The path of a project file as shown in errors: relative to the folder as given.
  public func displayPath(_ relative: String) -> String {
    let base = url.relativePath
    return base == "." || base.isEmpty ? relative : base + "/" + relative
  }

  /// Whether the folder looks like a Sarap project (has `Codebooks/` or `Transcripts/`).
  public var isProject: Bool {
    [ProjectLayout.codebooks, ProjectLayout.transcripts].contains {
      FileManager.default.fileExists(atPath: layout.url($0).path)
    }
  }
}
