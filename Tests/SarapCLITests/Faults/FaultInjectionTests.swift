import Foundation
import SarapCore
import SarapStore
import Testing

/// The fault-injection suite: Sarap killed, out of space, denied, raced and pulled under.
///
/// Killed at every step of a save, out of space, denied, raced by another writer and by hand
/// edits, and pulled under between a crash and a reopen: nothing acknowledged may be lost, no
/// change made by someone else overwritten, no run crash or hang.
@Suite("Fault injection", .serialized)
struct FaultInjectionTests {
  static let plan = FaultPlan.current
  static let steps = ["pending", "staged", "swapped", "history", "committed"]
  static let body = String(repeating: "Ресей ықпалы зор. Қытай да бар.\n", count: 1000)

  /// The project every test starts from, with the codes `russia` and `china`.
  static func project(in folder: TemporaryFolder) throws -> URL {
    try folder.project(body: body)
  }

  @Test("SIGKILL at every step of the save protocol: nothing acknowledged lost, nothing torn")
  func killedAtEveryStep() throws {
    var random = Self.plan.random(for: "kills")
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    var acknowledged: Set<String> = []
    var codes: Set<String> = []
    var tally = [String: Int]()
    var next = 0
    for kill in 0..<Self.plan.kills {
      let step = Self.steps.randomElement(using: &random)!
      let fault = "kill@\(step)#\(Int.random(in: 1...6, using: &random))"
      let outcome: FaultOutcome
      if Int.random(in: 0..<4, using: &random) == 0 {
        let code = "c\(kill)"
        outcome = try FaultChild.run(
          ["codebook", "add", code, "--en", "C \(kill)"], in: project, fault: fault)
        if outcome.status == 0 && !outcome.signalled { codes.insert(code) }
      } else {
        let lines = (0..<Int.random(in: 1...5, using: &random)).map { _ -> String in
          next += 1
          return "R01\t\(next * 3)\t\(next * 3 + 2)\trussia\n"
        }
        outcome = try FaultChild.run(
          ["code", "batch"], in: project, fault: fault, input: lines.joined())
        acknowledged.formUnion(CodingKeys.acknowledged(in: outcome.stdout))
      }
      #expect(!outcome.crashed && !outcome.timedOut, "kill \(kill) (\(fault)): \(outcome.stderr)")
      tally[outcome.wasKilled ? "killed at \(step)" : "completed", default: 0] += 1
      // Every file is whole at any moment, before any recovery.
      let report = try ProjectFolder(url: project).loadReport()
      #expect(report.errors.isEmpty, "kill \(kill) (\(fault)): torn file \(report.errors)")
      // The next session completes or drops the interrupted save and works.
      next += 1
      let clean = try FaultChild.run(
        [
          "code", "add", "R01", "--code", "china", "--start", "\(next * 3)", "--end",
          "\(next * 3 + 1)",
        ],
        in: project)
      #expect(
        clean.status == 0 && !clean.signalled, "after kill \(kill) (\(fault)): \(clean.stderr)")
      if clean.status == 0 { acknowledged.insert("R01 \(next * 3) \(next * 3 + 1) china") }
      let keys = CodingKeys.of(project)
      let lost = acknowledged.subtracting(keys)
      #expect(lost.isEmpty, "after kill \(kill) (\(fault)): acknowledged codings lost: \(lost)")
      let book = try ProjectFolder(url: project).load().codebook
      #expect(codes.allSatisfy { book[Code.ID($0)] != nil }, "after kill \(kill): a code lost")
      #expect(!FileManager.default.fileExists(atPath: project.path + "/.sarap/pending"))
      #expect(try folder.keptConflicts(in: project).isEmpty, "kill \(kill): a save set aside")
      #expect(
        TemporaryLeftovers.of(project).isEmpty, "kill \(kill): \(TemporaryLeftovers.of(project))")
    }
    let check = try FaultChild.run(["check"], in: project)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    print(
      "fault injection kills: \(Self.plan.kills) runs, \(acknowledged.count) codings and \(codes.count) codes acknowledged, all on disk; \(tally.sorted { $0.key < $1.key })"
    )
  }

  @Test("a git pull between a crash and the reopen: the pulled change is never overwritten")
  func pullBetweenCrashAndReopen() throws {
    var random = Self.plan.random(for: "pull")
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    try FaultChild.run(
      ["code", "add", "R01", "--code", "russia", "--start", "0", "--end", "2"], in: project
    ).expectSuccess()
    try Git.run(["init", "-q", "-b", "main"], in: project)
    try Git.run(["add", "-A"], in: project)
    try Git.run(["commit", "-q", "-m", "start"], in: project)
    let clone = folder.url.appendingPathComponent("clone")
    try Git.run(["clone", "-q", project.path, clone.path], in: folder.url)
    var tally = [String: Int]()
    for round in 0..<(Self.plan.rounds * 2) {
      let base = 5000 + round * 20
      let step = ["pending", "staged", "swapped"].randomElement(using: &random)!
      let killed = try FaultChild.run(
        ["code", "add", "R01", "--code", "russia", "--start", "\(base)", "--end", "\(base + 4)"],
        in: project, fault: "kill@\(step)#1")
      #expect(killed.wasKilled, "round \(round): \(killed.stderr)")
      // The clone starts each round from the project's last commit.
      try Git.run(["fetch", "-q", "origin"], in: clone)
      try Git.run(["reset", "-q", "--hard", "origin/main"], in: clone)
      try FaultChild.run(
        [
          "code", "add", "R01", "--code", "china", "--start", "\(base + 10)", "--end",
          "\(base + 12)",
        ],
        in: clone
      ).expectSuccess()
      try Git.run(["add", "-A"], in: clone)
      try Git.run(["commit", "-q", "-m", "clone \(round)"], in: clone)
      let pulledKey = "R01 \(base + 10) \(base + 12) china"
      try Git.run(["pull", "-q", "--no-rebase", "--no-edit", clone.path, "main"], in: project)
      let pulled = CodingKeys.of(project).contains(pulledKey)
      let reopen = try FaultChild.run(
        [
          "code", "add", "R01", "--code", "china", "--start", "\(base + 15)", "--end",
          "\(base + 16)",
        ],
        in: project)
      #expect(!reopen.signalled && !reopen.timedOut)
      if reopen.status != 0 {
        #expect(
          reopen.stderr.contains("Nothing was overwritten"), "round \(round): \(reopen.stderr)")
        tally["set aside", default: 0] += 1
        try FaultChild.run(
          [
            "code", "add", "R01", "--code", "china", "--start", "\(base + 15)", "--end",
            "\(base + 16)",
          ],
          in: project
        ).expectSuccess()
      } else {
        tally[pulled ? "completed over an unrelated state" : "pull refused by git", default: 0] += 1
      }
      if pulled {
        #expect(
          CodingKeys.of(project).contains(pulledKey),
          "round \(round): the pulled coding was overwritten")
      }
      try Git.run(["add", "-A"], in: project)
      try Git.run(["commit", "-q", "-m", "round \(round)"], in: project)
    }
    print(
      "fault injection pull: \(Self.plan.rounds * 2) crashes then pulls: \(tally.sorted { $0.key < $1.key })"
    )
  }

  @Test(
    "out of space (a small tmpfs): a failed edit is never completed later, nothing acknowledged lost",
    .enabled(if: Mounts.available, Mounts.notice))
  func outOfSpace() throws {
    var random = Self.plan.random(for: "space")
    let folder = try TemporaryFolder()
    let mount = folder.url.appendingPathComponent("tmpfs")
    try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
    try Mounts.tmpfs(mount, size: 1 << 20)
    defer { Mounts.unmount(mount) }
    let project = try folder.project("tmpfs/p", body: Self.body)
    var acknowledged: Set<String> = []
    var failures = 0
    var next = 0
    let filler = mount.appendingPathComponent("filler")
    for round in 0..<(Self.plan.rounds * 6) {
      try? FileManager.default.removeItem(at: filler)
      let free = try Self.freeBytes(mount)
      let leave = Int.random(in: 0...48_000, using: &random)
      _ = FileManager.default.createFile(
        atPath: filler.path, contents: Data(count: max(0, free - leave)))
      let lines = (0..<10).map { offset in
        "R01\t\(9000 + (next + offset) * 2)\t\(9001 + (next + offset) * 2)\trussia\n"
      }
      next += 10
      let run = try FaultChild.run(["code", "batch"], in: project, input: lines.joined())
      #expect(!run.signalled && !run.timedOut, "round \(round): \(run.stderr)")
      let done = CodingKeys.acknowledged(in: run.stdout)
      acknowledged.formUnion(done)
      try? FileManager.default.removeItem(at: filler)
      if run.status != 0 { failures += 1 }
      let failed = done.count < lines.count ? lines[done.count] : nil
      let clean = try FaultChild.run(
        [
          "code", "add", "R01", "--code", "china", "--start", "\(9000 + next * 2)", "--end",
          "\(9001 + next * 2)",
        ], in: project)
      next += 1
      #expect(clean.status == 0, "round \(round): \(clean.stderr)")
      let keys = CodingKeys.of(project)
      #expect(acknowledged.isSubset(of: keys), "round \(round): acknowledged lost")
      if let failed, run.status != 0 {
        let key = failed.split(separator: "\t").prefix(4).joined(separator: " ")
        #expect(!keys.contains(key), "round \(round): the failed edit \(key) came back")
      }
    }
    print(
      "fault injection space: \(Self.plan.rounds * 6) batches on a full tmpfs, \(failures) failed with no space, \(acknowledged.count) codings acknowledged, no ghost edit"
    )
  }

  @Test("permission and I/O faults at every step: the failed edit is put back and never completed")
  func permissionFaults() throws {
    var random = Self.plan.random(for: "permission")
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    var acknowledged: Set<String> = []
    var next = 0
    var failed = 0
    for round in 0..<(Self.plan.rounds * 6) {
      let error = ["EACCES", "EROFS", "ENOSPC", "EIO"].randomElement(using: &random)!
      let step = Self.steps.randomElement(using: &random)!
      let fault = "\(error)@\(step)#\(Int.random(in: 1...4, using: &random))"
      let lines = (0..<3).map { offset in
        "R01\t\(12000 + (next + offset) * 2)\t\(12001 + (next + offset) * 2)\trussia\n"
      }
      next += 3
      let run = try FaultChild.run(
        ["code", "batch"], in: project, fault: fault, input: lines.joined())
      #expect(!run.signalled && !run.timedOut)
      let done = CodingKeys.acknowledged(in: run.stdout)
      acknowledged.formUnion(done)
      if run.status != 0 { failed += 1 }
      #expect(!FileManager.default.fileExists(atPath: project.path + "/.sarap/pending"), "\(fault)")
      let clean = try FaultChild.run(
        [
          "code", "add", "R01", "--code", "china", "--start", "\(12000 + next * 2)", "--end",
          "\(12001 + next * 2)",
        ], in: project)
      next += 1
      #expect(clean.status == 0, "round \(round) \(fault): \(clean.stderr)")
      let keys = CodingKeys.of(project)
      #expect(acknowledged.isSubset(of: keys), "round \(round) \(fault): acknowledged lost")
      if run.status != 0, done.count < lines.count {
        let key = lines[done.count].split(separator: "\t").prefix(4).joined(separator: " ")
        #expect(!keys.contains(key), "round \(round) \(fault): the failed edit came back")
      }
      #expect(TemporaryLeftovers.of(project).isEmpty, "\(fault): \(TemporaryLeftovers.of(project))")
    }
    print(
      "fault injection permission: \(Self.plan.rounds * 6) injected faults, \(failed) edits refused and put back, no ghost edit"
    )
  }

  @Test(
    "two writers at once and a hand editor appending: nothing acknowledged lost, no hand edit overwritten"
  )
  func concurrentWriters() throws {
    var random = Self.plan.random(for: "writers")
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    let transcript = try #require(try ProjectFolder(url: project).load().transcript("R01"))
    var acknowledged: Set<String> = []
    var handLines: [String] = []
    var refusals = 0
    var next = 0
    for round in 0..<(Self.plan.rounds * 3) {
      let first = (0..<15).map { offset in
        "R01\t\(3000 + (next + offset) * 2)\t\(3001 + (next + offset) * 2)\trussia\n"
      }
      let second = (15..<30).map { offset in
        "R01\t\(3000 + (next + offset) * 2)\t\(3001 + (next + offset) * 2)\tchina\n"
      }
      next += 30
      let editor = HandEditor(
        file: project.appendingPathComponent(DurabilityTests.codings), transcript: transcript,
        start: 100 + round * 24, count: 8, pause: Double.random(in: 0.001...0.02, using: &random))
      editor.start()
      let runs = try Self.concurrently([first, second], in: project)
      editor.wait()
      handLines += editor.written
      for run in runs {
        #expect(!run.signalled && !run.timedOut, "round \(round): \(run.stderr)")
        acknowledged.formUnion(CodingKeys.acknowledged(in: run.stdout))
        if run.status != 0 { refusals += 1 }
      }
      let keys = CodingKeys.of(project)
      #expect(
        acknowledged.isSubset(of: keys),
        "round \(round): acknowledged lost \(acknowledged.subtracting(keys))")
      let lostHand = handLines.filter { !keys.contains($0) }
      #expect(lostHand.isEmpty, "round \(round): hand edits overwritten: \(lostHand)")
    }
    print(
      "fault injection writers: \(Self.plan.rounds * 3) rounds of two batches and a hand editor: \(acknowledged.count) codings acknowledged, \(handLines.count) hand edits, \(refusals) batches refused (lock or change on disk), none lost"
    )
  }

  /// Runs batches at the same moment; returns their outcomes.
  static func concurrently(_ inputs: [[String]], in project: URL) throws -> [FaultOutcome] {
    let results = LockedBox<[Int: FaultOutcome]>([:])
    let group = DispatchGroup()
    for (index, lines) in inputs.enumerated() {
      group.enter()
      Thread.detachNewThread {
        if let outcome = try? FaultChild.run(["code", "batch"], in: project, input: lines.joined())
        {
          results.update { $0[index] = outcome }
        }
        group.leave()
      }
    }
    group.wait()
    return results.value.sorted { $0.key < $1.key }.map(\.value)
  }

  static func freeBytes(_ folder: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfFileSystem(forPath: folder.path)
    return (attributes[.systemFreeSize] as? NSNumber)?.intValue ?? 0
  }
}

extension FaultOutcome {
  /// Throws unless the run exited 0.
  func expectSuccess() throws {
    guard status == 0, !signalled else {
      throw SarapBinary.Failure("sarap failed (\(status)): \(stderr)")
    }
  }
}
