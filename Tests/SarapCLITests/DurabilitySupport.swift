import Foundation
import SarapFormats
import SarapStore
import Testing

extension TemporaryFolder {
  /// Copies a folder inside this one to `name`; returns the copy.
  func copy(_ source: URL, to name: String) throws -> URL {
    let target = url.appendingPathComponent(name)
    try FileManager.default.copyItem(at: source, to: target)
    return target
  }

  /// The folders set aside in a project's `.sarap/conflicts/`, relative to the project.
  func keptConflicts(in project: URL) throws -> [String] {
    let folder = project.appendingPathComponent(".sarap/conflicts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { ".sarap/conflicts/\($0)" }
  }
}

/// The record a save leaves in `.sarap/pending` when Sarap is killed after writing it: built
/// from the same edit made in a copy of the project (the record of the current format).
struct InterruptedSave {
  let project: URL
  let path: String
  let content: String
  let record: String

  init(
    of arguments: [String], in project: URL, folder: TemporaryFolder,
    path: String = DurabilityTests.codings
  ) throws {
    self.project = project
    self.path = path
    let copy = try folder.copy(project, to: "save-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: copy) }
    let before = try Data(contentsOf: project.appendingPathComponent(path))
    try SarapBinary.run(arguments, in: copy).check()
    content = try String(contentsOf: copy.appendingPathComponent(path), encoding: .utf8)
    let history = try String(
      contentsOf: copy.appendingPathComponent(".sarap/history"), encoding: .utf8)
    let line = String(history.split(separator: "\n").last ?? "")
    let sequence = history.split(separator: "\n").count
    let file: [String: Any] = [
      "path": path, "content": content, "before": SHA256.hex([UInt8](before)),
      "after": SHA256.hex(content),
    ]
    let object: [String: Any] = [
      "format": "sarap-pending 2", "files": [file], "sequence": sequence, "historyLine": line,
    ]
    record = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
  }

  /// Writes the record into the project, as the killed save left it.
  func install() throws {
    try Data(record.utf8).write(to: project.appendingPathComponent(".sarap/pending"))
  }
}

/// A `sarap` child whose standard input the test writes line by line.
final class InteractiveRun {
  let process = Process()
  let input = Pipe()
  let files: ChildFiles

  init(_ arguments: [String], in folder: URL) throws {
    files = try ChildFiles(input: "")
    process.executableURL = try SarapBinary.url
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SARAP_CODER": "tester"]
    try files.attach(to: process)
    process.standardInput = input
    try process.run()
  }

  deinit { files.remove() }

  func send(_ text: String) throws {
    try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
  }

  /// Waits (up to 30 s) until standard output contains `text`.
  func waitForOutput(containing text: String) throws -> Bool {
    for _ in 0..<300 {
      if try files.output().contains(text) { return true }
      Thread.sleep(forTimeInterval: 0.1)
    }
    return false
  }

  /// Closes standard input and waits (killing the child after 60 s: a hang).
  func finish() throws -> SarapBinary.Result {
    try input.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    return SarapBinary.Result(
      status: process.terminationStatus, stdout: try files.output(), stderr: try files.errors())
  }
}

/// Real file-system faults: read-only bind mounts and small tmpfs file systems (root only).
enum Mounts {
  /// Whether this process may mount (root, and a mount actually works here).
  static let available: Bool = {
    guard getuid() == 0 else { return false }
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sarap-mount-probe-\(getpid())")
    try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: probe) }
    guard (try? run(["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path])) == 0 else {
      return false
    }
    _ = try? command("/bin/umount", [probe.path])
    return true
  }()

  static let notice: Comment = "skipped: mounting needs root (read-only and out-of-space faults)"

  /// Runs `body` with `folder` bind-mounted read-only over itself.
  static func readOnly<T>(_ folder: URL, _ body: () throws -> T) throws -> T {
    guard try run(["--bind", folder.path, folder.path]) == 0 else {
      throw SarapBinary.Failure("mount --bind \(folder.path) failed")
    }
    defer { _ = try? command("/bin/umount", [folder.path]) }
    guard try run(["-o", "remount,ro,bind", folder.path]) == 0 else {
      throw SarapBinary.Failure("remount read-only failed")
    }
    return try body()
  }

  /// Mounts a tmpfs of `size` bytes at `folder` (which must exist).
  static func tmpfs(_ folder: URL, size: Int) throws {
    guard try run(["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]) == 0 else {
      throw SarapBinary.Failure("mount tmpfs at \(folder.path) failed")
    }
  }

  static func unmount(_ folder: URL) { _ = try? command("/bin/umount", [folder.path]) }

  private static func run(_ arguments: [String]) throws -> Int32 {
    try command("/bin/mount", arguments)
  }

  @discardableResult
  static func command(_ path: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}

/// The id of a process that has exited.
enum DeadProcess {
  static func id() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }
}

/// The `git` command, with an identity of its own.
enum Git {
  @discardableResult
  static func run(_ arguments: [String], in folder: URL) throws -> String {
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-c", "user.name=Fault", "-c", "user.email=fault@example.org"] + arguments
    process.currentDirectoryURL = folder
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
