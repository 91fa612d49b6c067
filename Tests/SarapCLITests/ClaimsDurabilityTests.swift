import Foundation
import Testing

/// Claims edits take the same durable save as every other edit: a pending record, the history
/// line, recovery after a crash, and a set-aside save when the ledger changed on disk meanwhile.
@Suite("Claims durability", .serialized)
struct ClaimsDurabilityTests {
  static let claims = "Codebooks/claims.txt"
  static let first = ["claims", "add", "--query", "russia", "--quantifier", "some"]
  static let second = ["claims", "add", "--query", "china", "--quantifier", "none"]

  @Test("a claims save interrupted is completed by the next edit, and undone like any other")
  func interruptedSaveIsCompleted() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: DurabilityTests.body)
    try SarapBinary.run(Self.first, in: project).check()
    let ledger = try folder.read("p/\(Self.claims)")
    let save = try InterruptedSave(of: Self.second, in: project, folder: folder, path: Self.claims)
    #expect(save.content != ledger)
    try save.install()

    try SarapBinary.run(DurabilityTests.code(0, 2), in: project).check()
    #expect(try folder.read("p/\(Self.claims)") == save.content)
    #expect(
      !FileManager.default.fileExists(atPath: project.appendingPathComponent(".sarap/pending").path)
    )
    try SarapBinary.run(["undo"], in: project).check()
    #expect(try folder.read("p/\(Self.claims)") == save.content)
    try SarapBinary.run(["undo"], in: project).check()
    #expect(try folder.read("p/\(Self.claims)") == ledger)
    #expect(try SarapBinary.run(["check"], in: project).status == 0)
  }

  @Test("a ledger edited by hand after an interrupted claims save is kept; the save set aside")
  func handEditAfterCrashIsKept() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: DurabilityTests.body)
    try SarapBinary.run(Self.first, in: project).check()
    let save = try InterruptedSave(of: Self.second, in: project, folder: folder, path: Self.claims)
    let ledger = try folder.read("p/\(Self.claims)")
    let hand = ledger.replacingOccurrences(of: "quantifier: some", with: "quantifier: one")
    #expect(hand != ledger)
    try folder.write(hand, to: "p/\(Self.claims)")
    try save.install()

    let reopened = try SarapBinary.run(DurabilityTests.code(0, 2), in: project)
    #expect(reopened.status == 1)
    #expect(reopened.stderr.contains(Self.claims), "\(reopened.stderr)")
    #expect(reopened.stderr.contains("Nothing was overwritten"), "\(reopened.stderr)")
    #expect(try folder.read("p/\(Self.claims)") == hand)
    let kept = try folder.keptConflicts(in: project)
    #expect(kept.count == 1)
    let setAside = try #require(kept.first)
    #expect(try folder.read("p/\(setAside)/\(Self.claims)") == save.content)
    try SarapBinary.run(Self.second, in: project).check()
    #expect(try folder.read("p/\(Self.claims)").hasPrefix(hand))
  }
}
