import Foundation

/// The `sarap` executable of this build, for the tests that run the real binary.
public enum BuiltSarap {
  /// `$SARAP_BINARY` when set (a release build, say), else `sarap` in the folder of the running
  /// test executable: the binary SwiftPM built with these tests, never one from another build
  /// folder or configuration.
  ///
  /// - Throws: ``Missing`` naming where it looked, when there is no executable there.
  public static func url() throws(Missing) -> URL {
    if let path = ProcessInfo.processInfo.environment["SARAP_BINARY"], !path.isEmpty {
      guard FileManager.default.isExecutableFile(atPath: path) else {
        throw Missing(path: path, hint: "SARAP_BINARY names no executable file")
      }
      return URL(fileURLWithPath: path)
    }
    let candidate = testExecutableFolder.appendingPathComponent("sarap")
    guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
      throw Missing(
        path: candidate.path,
        hint: "run `swift build` with the same configuration and build path as the tests")
    }
    return candidate
  }

  /// The folder of the running test executable, where SwiftPM puts every product of the build.
  static var testExecutableFolder: URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
  }

  /// There is no `sarap` executable where this build puts it.
  public struct Missing: Error, CustomStringConvertible {
    /// Where it should be.
    public let path: String
    /// How to provide it.
    public let hint: String

    public var description: String { "no sarap executable at \(path): \(hint)" }
  }
}
