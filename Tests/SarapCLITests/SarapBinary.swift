import Foundation
import SarapTestSupport

/// Runs the real `sarap` executable of this build (``BuiltSarap``).
enum SarapBinary {
  /// The built binary (``BuiltSarap/url()``).
  static var url: URL {
    get throws { try BuiltSarap.url() }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }

  /// What a finished run printed and returned.
  struct Result {
    /// The exit status, or the signal number when a signal ended the process.
    var status: Int32
    var stdout: String
    var stderr: String
    /// Whether a signal ended the process (a crash such as SIGSEGV or SIGILL, or a kill).
    var signalled = false
  }

  /// Runs `sarap` with arguments in a folder and waits for it, at most `timeout` seconds when
  /// given (then it is killed and the status is -1).
  ///
  /// Standard input, output and error are temporary files, not pipes, so nothing here waits for
  /// an end of file that another process could hold open.
  @discardableResult
  static func run(
    _ arguments: [String], in folder: URL, input: String = "",
    environment: [String: String] = ["SARAP_CODER": "tester"], timeout: Double? = nil
  ) throws -> Result {
    let files = try ChildFiles(input: input)
    defer { files.remove() }
    let process = Process()
    process.executableURL = try url
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(environment) {
      $1
    }
    try files.attach(to: process)
    try process.run()
    if let timeout, !finishes(process, within: timeout) {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return Result(status: -1, stdout: try files.output(), stderr: "timed out after \(timeout) s")
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: try files.output(), stderr: try files.errors(),
      signalled: process.terminationReason == .uncaughtSignal)
  }

  /// Whether the process ends within `seconds`, polled every 10 ms.
  private static func finishes(_ process: Process, within seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning {
      guard Date() < deadline else { return false }
      usleep(10_000)
    }
    return true
  }
}

/// Temporary files standing in for a child's standard input, output and error.
struct ChildFiles {
  let folder: URL

  init(input: String) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(input.utf8).write(to: folder.appendingPathComponent("in"))
    for name in ["out", "err"] { try Data().write(to: folder.appendingPathComponent(name)) }
  }

  func attach(to process: Process) throws {
    process.standardInput = try FileHandle(forReadingFrom: folder.appendingPathComponent("in"))
    process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("out"))
    process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("err"))
  }

  func output() throws -> String { try read("out") }
  func errors() throws -> String { try read("err") }

  private func read(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
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
