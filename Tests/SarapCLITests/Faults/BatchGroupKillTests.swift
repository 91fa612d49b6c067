import Foundation
import SarapStore
import Testing

/// `sarap code batch` saves the lines already arrived in growing groups (1, 2, 4, 8, … lines):
/// killed at any step of a group's save, every line it acknowledged is on disk, and the group is
/// either all there or none of it is, each line its own history entry.
@Suite("Fault injection: a batch's group save killed at every step")
struct BatchGroupKillTests {
  @Test(
    "200 lines piped at once, killed at each step of the fourth group's save: none lost, none half",
    arguments: FaultInjectionTests.steps)
  func killedDuringGroup(step: String) throws {
    let folder = try TemporaryFolder()
    let project = try FaultInjectionTests.project(in: folder)
    let lines = (1...200).map { "R01\t\($0 * 3)\t\($0 * 3 + 2)\trussia\n" }
    let killed = try FaultChild.run(
      ["code", "batch"], in: project, fault: "kill@\(step)#4", input: lines.joined())
    #expect(killed.wasKilled, "\(step): \(killed.stderr)")
    let acknowledged = Set(CodingKeys.acknowledged(in: killed.stdout))
    // The next session completes or drops the interrupted save.
    let reopen = try FaultChild.run(
      ["code", "add", "R01", "--code", "china", "--start", "1", "--end", "2"], in: project)
    #expect(reopen.status == 0, "\(step): \(reopen.stderr)")
    let keys = CodingKeys.of(project).filter { $0.hasSuffix(" russia") }
    #expect(acknowledged.isSubset(of: keys), "\(step): acknowledged codings lost")
    // Groups of 1, 2 and 4 lines were saved and acknowledged; the fourth, of 8, was killed.
    #expect(acknowledged.count == 7, "\(step): \(acknowledged.count) acknowledged")
    #expect(keys.count == 7 || keys.count == 15, "\(step): a group half saved (\(keys.count))")
    let history = try FaultChild.run(["history", "--last", "300"], in: project)
    let entries = history.stdout.split(separator: "\n").filter { $0.contains("with russia") }
    #expect(entries.count == keys.count, "\(step): \(entries.count) entries")
    let check = try FaultChild.run(["check"], in: project)
    #expect(check.status == 0, "\(step): \(check.stdout)\(check.stderr)")
  }

  @Test("a 200-line batch: each line acknowledged, each its own entry, one undone alone")
  func groupEntriesUndoAlone() throws {
    let folder = try TemporaryFolder()
    let project = try FaultInjectionTests.project(in: folder)
    let lines = (1...200).map { "R01\t\($0 * 3)\t\($0 * 3 + 2)\trussia\n" }
    let batch = try FaultChild.run(["code", "batch"], in: project, input: lines.joined())
    #expect(batch.status == 0, "\(batch.stderr)")
    #expect(CodingKeys.acknowledged(in: batch.stdout).count == 200)
    let undo = try FaultChild.run(["undo"], in: project)
    #expect(undo.stdout.contains("code R01 600..602 with russia"), "\(undo.stdout)")
    let keys = CodingKeys.of(project)
    #expect(keys.count == 199 && !keys.contains("R01 600 602 russia"))
  }
}
