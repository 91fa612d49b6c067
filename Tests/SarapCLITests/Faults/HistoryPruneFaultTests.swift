import Foundation
import SarapCore
import Testing

/// `sarap history --prune` rewrites `.sarap/history` atomically: killed or failing in the middle,
/// it leaves the old history whole, and the next run prunes it and undoes what was kept.
@Suite("History prune under faults", .serialized)
struct HistoryPruneFaultTests {
  /// A project with four edits in its history.
  static func project(in folder: TemporaryFolder) throws -> URL {
    let project = try folder.project(body: FaultInjectionTests.body)
    for index in 0..<4 {
      try FaultChild.run(
        [
          "code", "add", "R01", "--code", index % 2 == 0 ? "russia" : "china", "--start",
          "\(index * 3)", "--end", "\(index * 3 + 2)",
        ],
        in: project
      ).expectSuccess()
    }
    return project
  }

  static func history(_ project: URL) throws -> String {
    try String(contentsOf: project.appendingPathComponent(".sarap/history"), encoding: .utf8)
  }

  @Test("killed before the pruned history replaces the old one: the old one stays whole")
  func killedDuringPrune() throws {
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    let before = try Self.history(project)
    let count = before.split(separator: "\n").count
    let killed = try FaultChild.run(
      ["history", "--prune", "--keep", "1"], in: project, fault: "kill@prune#1")
    #expect(killed.wasKilled, "\(killed.stderr)")
    #expect(try Self.history(project) == before)
    let listed = try FaultChild.run(["history"], in: project)
    #expect(listed.status == 0 && listed.stdout.split(separator: "\n").count == count)
    // The next writer removes the killed run's temporary file and prunes.
    let pruned = try FaultChild.run(["history", "--prune", "--keep", "1"], in: project)
    try pruned.expectSuccess()
    #expect(pruned.stdout.hasPrefix("pruned \(count - 1) entries, kept 1;"), "\(pruned.stdout)")
    #expect(TemporaryLeftovers.of(project).isEmpty, "\(TemporaryLeftovers.of(project))")
    let lines = try Self.history(project).split(separator: "\n")
    #expect(lines.count == 2 && lines[0].contains(#""pruned":{"#))
    try FaultChild.run(["undo"], in: project).expectSuccess()
    let refused = try FaultChild.run(["undo"], in: project)
    #expect(
      refused.status != 0
        && refused.stderr.contains("cannot undo entry \(count - 1): it was cut off"))
    try FaultChild.run(["check"], in: project).expectSuccess()
  }

  @Test("a prune failing with an I/O error leaves the old history and no temporary file")
  func failingPrune() throws {
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    let before = try Self.history(project)
    for fault in ["EIO@prune#1", "ENOSPC@prune#1"] {
      let failed = try FaultChild.run(
        ["history", "--prune", "--keep", "0"], in: project, fault: fault)
      #expect(failed.status != 0 && !failed.signalled, "\(fault): \(failed.stdout)")
      #expect(try Self.history(project) == before, "\(fault)")
      #expect(TemporaryLeftovers.of(project).isEmpty, "\(fault): \(TemporaryLeftovers.of(project))")
    }
    try FaultChild.run(["undo"], in: project).expectSuccess()
  }
}
