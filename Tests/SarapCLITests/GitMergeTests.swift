import Foundation
import SarapCore
import SarapStore
import Testing

/// Two coders on two branches: their codings files merge in git without conflicts.
@Suite("Merging coders' work with git")
struct GitMergeTests {
  static func git(_ arguments: [String], in folder: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = folder
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1",
      "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
      "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
    ]
    let files = try ChildFiles(input: "")
    defer { files.remove() }
    try files.attach(to: process)
    try process.run()
    process.waitUntilExit()
    let text = try files.output() + files.errors()
    guard process.terminationStatus == 0 else {
      throw SarapBinary.Failure("git \(arguments.joined(separator: " ")) failed: \(text)")
    }
    return text
  }

  static func code(_ ranges: [(Int, Int, String)], as coder: String, in project: URL) throws {
    let input = ranges.map { "R01\t\($0.0)\t\($0.1)\t\($0.2)\n" }.joined()
    try SarapBinary.run(
      ["code", "batch"], in: project, input: input, environment: ["SARAP_CODER": coder]
    ).check()
  }

  @Test("codings by two coders on two branches merge cleanly and load together")
  func twoCodersMerge() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: "R01: Ресей ықпалы зор. Қытай да бар.\n")
    _ = try Self.git(["init", "-q", "-b", "main"], in: project)
    _ = try Self.git(["add", "-A"], in: project)
    _ = try Self.git(["commit", "-q", "-m", "base"], in: project)
    #expect(try Self.git(["status", "--porcelain"], in: project).isEmpty)

    _ = try Self.git(["checkout", "-q", "-b", "ana"], in: project)
    try Self.code(
      [(5, 10, "russia"), (5, 17, "russia"), (23, 28, "china")], as: "ana", in: project)
    _ = try Self.git(["add", "-A"], in: project)
    _ = try Self.git(["commit", "-q", "-m", "ana codes"], in: project)

    _ = try Self.git(["checkout", "-q", "main"], in: project)
    _ = try Self.git(["checkout", "-q", "-b", "bob"], in: project)
    try Self.code([(5, 10, "russia"), (11, 17, "china")], as: "bob", in: project)
    _ = try Self.git(["add", "-A"], in: project)
    _ = try Self.git(["commit", "-q", "-m", "bob codes"], in: project)

    _ = try Self.git(["merge", "-q", "--no-edit", "ana"], in: project)
    let loaded = try ProjectFolder(url: project).load()
    #expect(loaded.coders == ["ana", "bob"])
    #expect(loaded.codings.filter { $0.coder == "ana" }.count == 3)
    #expect(loaded.codings.filter { $0.coder == "bob" }.count == 2)
    #expect(try SarapBinary.run(["check"], in: project).status == 0)
    #expect(try Self.git(["status", "--porcelain"], in: project).isEmpty)
  }
}
