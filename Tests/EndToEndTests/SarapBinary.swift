import Foundation

/// Finds the debug `sarap` binary the tests drive.
enum SarapBinary {
  /// The binary to test: `$SARAP_BINARY`, `sarap` beside the test bundle, or the newest build.
  ///
  /// `$SARAP_BINARY` (a release build, say) wins when set; else `sarap` next to the running test
  /// bundle; else the newest `.build*/debug/sarap` under `root`.
  static func find(near root: URL) -> URL? {
    let fileManager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["SARAP_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let beside = [
      Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("sarap") }
    if let found = beside.first(where: { fileManager.isExecutableFile(atPath: $0.path) }) {
      return found
    }
    let folders = (try? fileManager.contentsOfDirectory(atPath: root.path)) ?? []
    let candidates = folders.filter { $0.hasPrefix(".build") }.map {
      root.appendingPathComponent($0).appendingPathComponent("debug/sarap")
    }.filter { fileManager.isExecutableFile(atPath: $0.path) }
    return candidates.max { modified($0) < modified($1) }
  }

  static func modified(_ url: URL) -> Date {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    return attributes?[.modificationDate] as? Date ?? .distantPast
  }
}
