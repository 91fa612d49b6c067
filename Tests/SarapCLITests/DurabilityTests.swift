import Foundation
import SarapCore
import SarapStore
import Testing

/// Issue 13: no foreign change overwritten, no failed edit completed later, no pending record
/// that writes outside the project or wedges it, modes kept, temporary files cleaned.
@Suite("Durability against the outside world", .serialized)
struct DurabilityTests {
  static let body = "I: Қандай мемлекет?\nR01: Ресей ықпалы зор. Қытай да бар.\n"
  static let codings = "Codebooks/codings/tester.txt"

  /// `sarap code add R01 --code CODE --start S --end E`.
  static func code(_ start: Int, _ end: Int, _ code: String = "russia") -> [String] {
    ["code", "add", "R01", "--code", code, "--start", "\(start)", "--end", "\(end)"]
  }

  @Test("defect 1: a save interrupted, then a pull changing the same file: the pull is kept")
  func pullAfterCrashIsKept() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(Self.code(0, 2), in: project).check()
    // The save that crashed: what an edit made in a copy wrote, as a record in the project.
    let record = try InterruptedSave(of: Self.code(3, 9), in: project, folder: folder)
    // The pull: the same file as another clone changed it.
    let pulled = try folder.copy(project, to: "clone")
    try SarapBinary.run(Self.code(20, 25, "china"), in: pulled).check()
    let pulledText = try folder.read("clone/\(Self.codings)")
    try folder.write(pulledText, to: "p/\(Self.codings)")
    try record.install()

    let reopened = try SarapBinary.run(Self.code(30, 33), in: project)
    #expect(reopened.status == 1)
    #expect(reopened.stderr.contains(Self.codings), "\(reopened.stderr)")
    #expect(reopened.stderr.contains("Nothing was overwritten"), "\(reopened.stderr)")
    #expect(try folder.read("p/\(Self.codings)") == pulledText)
    let kept = try folder.keptConflicts(in: project)
    #expect(kept.count == 1)
    let setAside = try #require(kept.first)
    #expect(try folder.read("p/\(setAside)/\(Self.codings)") == record.content)
    try SarapBinary.run(Self.code(30, 33), in: project).check()
    #expect(try folder.read("p/\(Self.codings)").hasPrefix(pulledText))
    let check = try SarapBinary.run(["check"], in: project)
    #expect(check.stdout.contains("\(setAside): note: an interrupted save set aside"))
  }

  @Test("defect 2: a transcript replaced under an open batch session refuses the next coding")
  func batchNoticesReplacedTranscript() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let batch = try InteractiveRun(["code", "batch"], in: project)
    try batch.send("R01\t0\t2\trussia\n")
    #expect(try batch.waitForOutput(containing: "ok 1:"))
    let transcript = try folder.read("p/Transcripts/R01.txt")
    try folder.write(
      transcript.replacingOccurrences(of: "Ресей", with: "Қазақстан"), to: "p/Transcripts/R01.txt")
    try batch.send("R01\t3\t9\tchina\n")
    let result = try batch.finish()
    #expect(result.status == 1)
    #expect(!result.stdout.contains("ok 2:"), "\(result.stdout)")
    #expect(result.stderr.contains("Transcripts/R01.txt changed on disk"), "\(result.stderr)")
    #expect(try !folder.read("p/\(Self.codings)").contains("\tchina\t"))
  }

  @Test(
    "defect 3: an edit that failed (read-only codings folder) is not completed by the next session",
    .enabled(if: Mounts.available, Mounts.notice))
  func failedEditIsNotResurrected() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(Self.code(0, 2), in: project).check()
    let codings = project.appendingPathComponent("Codebooks/codings")
    let failed = try Mounts.readOnly(codings) { try SarapBinary.run(Self.code(3, 9), in: project) }
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("Read-only file system"), "\(failed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: project.path + "/.sarap/pending"))
    try SarapBinary.run(Self.code(30, 33), in: project).check()
    let text = try folder.read("p/\(Self.codings)")
    #expect(!text.contains("R01\t3\t9\t"), "the failed edit came back")
    #expect(text.contains("R01\t30\t33\t"))
  }

  @Test("defect 4: a pending record naming a path outside the project's files is refused")
  func pendingPathsAreConfined() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try folder.write("hook", to: "p/.git/hooks/keep")
    for path in ["../escape.txt", folder.url.path + "/absolute.txt", ".git/hooks/pre-commit"] {
      let record = """
        {"files":[{"path":"\(path)","content":"#!/bin/sh\\necho owned\\n"}],"sequence":1,\
        "historyLine":"{}"}
        """
      try folder.write(record, to: "p/.sarap/pending")
      let run = try SarapBinary.run(Self.code(0, 2), in: project)
      #expect(run.status == 1, "\(path)")
      #expect(run.stderr.contains(".sarap/pending") && run.stderr.contains(path), "\(run.stderr)")
      #expect(!FileManager.default.fileExists(atPath: folder.url.path + "/escape.txt"))
      #expect(!FileManager.default.fileExists(atPath: folder.url.path + "/absolute.txt"))
      #expect(!FileManager.default.fileExists(atPath: project.path + "/.git/hooks/pre-commit"))
    }
    try SarapBinary.run(Self.code(0, 2), in: project).check()
  }

  @Test("defect 9: a 300-character coder name leaves no record that wedges the project")
  func longCoderDoesNotWedge() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let long = String(repeating: "ж", count: 300)
    let first = try SarapBinary.run(Self.code(0, 2) + ["--coder", long], in: project)
    #expect(first.status != 0 || first.stderr.isEmpty)
    let next = try SarapBinary.run(Self.code(3, 9) + ["--coder", "ana"], in: project)
    #expect(next.status == 0, "\(next.stderr)")
    #expect(!FileManager.default.fileExists(atPath: project.path + "/.sarap/pending"))
  }

  @Test("defect 14: a codings file made read-only (chmod 444) is refused, its mode kept")
  func readOnlyFileIsRefused() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    try SarapBinary.run(Self.code(0, 2), in: project).check()
    let file = project.appendingPathComponent(Self.codings).path
    let before = try folder.read("p/\(Self.codings)")
    chmod(file, 0o444)
    let run = try SarapBinary.run(Self.code(3, 9), in: project)
    #expect(run.status == 1)
    #expect(run.stderr.contains("read-only"), "\(run.stderr)")
    #expect(try folder.read("p/\(Self.codings)") == before)
    #expect(
      try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o444)
    chmod(file, 0o640)
    try SarapBinary.run(Self.code(3, 9), in: project).check()
    #expect(
      try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o640)
  }

  @Test(
    "defect 14: a project on a read-only file system is exported all the same",
    .enabled(if: Mounts.available, Mounts.notice))
  func readOnlyProjectExports() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let archive = folder.url.appendingPathComponent("out.qdpx")
    let run = try Mounts.readOnly(project) {
      try SarapBinary.run(["export", "qdpx", archive.path], in: project)
    }
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: archive.path))
    #expect(run.stdout.contains("refi-ids.txt"), "\(run.stdout)")
  }

  @Test("defect 15: temporary files of a dead Sarap are removed, and git ignores them")
  func staleTemporaryFilesAreRemoved() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: Self.body)
    let dead = try DeadProcess.id()
    let stale = [
      "Codebooks/.codebook.txt.\(dead).77.tmp", "Codebooks/codings/.tester.txt.\(dead).78.tmp",
      "Transcripts/.R01.txt.\(dead).79.tmp",
    ]
    let live = "Codebooks/.codebook.txt.\(getpid()).80.tmp"
    for path in stale + [live] { try folder.write("partial", to: "p/\(path)") }
    try SarapBinary.run(Self.code(0, 2), in: project).check()
    for path in stale {
      #expect(!FileManager.default.fileExists(atPath: project.path + "/" + path), "\(path)")
    }
    #expect(FileManager.default.fileExists(atPath: project.path + "/" + live))
    try Git.run(["init", "-q"], in: project)
    let ignored = try Git.run(["check-ignore"] + stale, in: project)
    #expect(ignored.split(separator: "\n").count == stale.count, "\(ignored)")
  }
}
