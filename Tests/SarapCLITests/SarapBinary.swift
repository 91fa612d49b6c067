import Foundation

/// The real `sarap` executable, built beside this test bundle (`.build*/debug/sarap`).
enum SarapBinary {
  /// The built binary: `$SARAP_BINARY`, else `sarap` in the folder of the running test bundle.
  static var url: URL {
    get throws {
      if let path = ProcessInfo.processInfo.environment["SARAP_BINARY"] {
        return URL(fileURLWithPath: path)
      }
      let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      var folder = executable.deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("sarap")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder = folder.deletingLastPathComponent()
      }
      throw Failure("no sarap binary beside \(executable.path); run 'swift build' first")
    }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }

  /// What a finished run printed and returned.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `sarap` with arguments in a folder and waits for it.
  @discardableResult
  static func run(
    _ arguments: [String], in folder: URL, input: String = "",
    environment: [String: String] = ["SARAP_CODER": "tester"]
  ) throws -> Result {
    let process = Process()
    process.executableURL = try url
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(environment) {
      $1
    }
    let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ text: String, to path: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
  }

  /// A new project at `name` with one transcript `R01` and the codes `russia` and `china`.
  func project(_ name: String = "p", body: String) throws -> URL {
    let project = url.appendingPathComponent(name)
    try SarapBinary.run(["init", project.path], in: url).check()
    try write(body, to: "R01.txt")
    try SarapBinary.run(["add", project.path, url.appendingPathComponent("R01.txt").path], in: url)
      .check()
    for (id, en) in [("russia", "Russia"), ("china", "China")] {
      try SarapBinary.run(["codebook", "add", id, "--en", en], in: project).check()
    }
    return project
  }
}

extension SarapBinary.Result {
  /// Throws with the command's error output unless it exited 0.
  @discardableResult
  func check() throws -> Self {
    guard status == 0 else { throw SarapBinary.Failure("sarap failed (\(status)): \(stderr)") }
    return self
  }
}
