import Foundation

/// The repository these tests belong to, found from this file's path at compile time.
public enum Repository {
  /// The repository root: this file is `Tests/SarapTestSupport/Repository.swift`.
  public static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The URL of `path`, relative to the repository root.
  public static func url(_ path: String) -> URL {
    root.appendingPathComponent(path)
  }
}
