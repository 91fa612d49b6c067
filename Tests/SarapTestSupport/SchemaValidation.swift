import Foundation

/// Validates documents against the official REFI-QDA schemas with libxml2's `xmllint`.
///
/// The schemas are reference material from outside the repository (``ReferenceMaterial``): a test
/// that validates carries `.needs(.projectSchema)` or `.needs(.codebookSchema)`, so it is skipped
/// when the schema is absent and fails under `CI=true`. A missing `xmllint` fails the test
/// (`make test` installs `libxml2-utils`).
public enum SchemaValidation {
  /// Runs `xmllint --noout --schema` on the document; returns its complaints, empty when valid.
  ///
  /// Throws ``ReferenceMaterial/Missing`` when the schema is not found.
  public static func errors(of xml: String, schema material: ReferenceMaterial) throws -> [String] {
    let schema = try material.url()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sarap-xsd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("document.xml")
    try Data(xml.utf8).write(to: document)
    guard let xmllint = executable("xmllint") else {
      return ["xmllint is not installed (apt-get install libxml2-utils, or run `make test`)"]
    }
    let process = Process()
    process.executableURL = xmllint
    process.arguments = ["--noout", "--schema", schema.path, document.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let output = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 0 { return [] }
    return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  private static func executable(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}
