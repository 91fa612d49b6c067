import Foundation
import SarapTestSupport

/// The Swift sources of the package, module by module, read from `Sources/`.
enum SourceModules {
  /// The folder of every module with Swift sources (not the C shims `CNcursesw`, `CXlsxwriter`,
  /// `CSarapZlib`, `CLibXML2`).
  static func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: Repository.url("Sources").path)
      .filter {
        !$0.hasPrefix(".") && !["CNcursesw", "CXlsxwriter", "CSarapZlib", "CLibXML2"].contains($0)
      }
      .sorted()
  }

  /// Every Swift file of `module`, as its path relative to the module folder and its text.
  static func files(of module: String) throws -> [(path: String, text: String)] {
    let folder = Repository.url("Sources/\(module)").standardizedFileURL
    let files =
      FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
    return try files.map { file in
      let path = String(file.standardizedFileURL.path.dropFirst(folder.path.count + 1))
      return (path, try String(contentsOf: file, encoding: .utf8))
    }.sorted { $0.path < $1.path }
  }
}
