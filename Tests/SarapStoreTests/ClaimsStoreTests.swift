import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

@Suite("Claims on disk")
struct ClaimsStoreTests {
  static let claim = Claim(
    id: "C1", source: "dissertation line 1774", wordingKK: "Респонденттердің басым бөлігі",
    query: "russia", quantifier: .word("most"), questions: ["Q2а"])

  @Test("adding a claim writes Codebooks/claims.txt only; undo removes it again, across a restart")
  func addUndoRedo() throws {
    let folder = try TemporaryProject()
    let before = try folder.snapshot(auditTrails: false)
    var session = try ProjectSession.open(folder: folder.url, coder: "ana")
    let ledger = ClaimLedger(claims: [Self.claim])
    try session.apply(.replaceClaims(old: ClaimLedger(), new: ledger), summary: "add claim C1")
    let after = try folder.snapshot(auditTrails: false)
    #expect(Set(after.keys).subtracting(before.keys) == [ProjectLayout.claims])
    #expect(after.filter { before[$0.key] != $0.value }.map(\.key) == [ProjectLayout.claims])
    #expect(try folder.read(ProjectLayout.claims) == ClaimsFile.encode(ledger))
    session.close()

    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.project.claims == ledger)
    try session.undo()
    #expect(try folder.snapshot(auditTrails: false) == before)
    session.close()

    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.redo()
    #expect(try folder.snapshot(auditTrails: false) == after)
    session.close()
  }

  @Test("a claims file changed on disk since it was read is not overwritten")
  func changedOnDisk() throws {
    let folder = try TemporaryProject()
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    defer { session.close() }
    let handWritten = "sarap-claims 1\n\nclaim C7\nquery: china\nquantifier: one\n"
    try folder.write(handWritten, to: ProjectLayout.claims)
    #expect(throws: StoreError.self) {
      try session.apply(
        .replaceClaims(old: ClaimLedger(), new: ClaimLedger(claims: [Self.claim])), summary: "add")
    }
    #expect(try folder.read(ProjectLayout.claims) == handWritten)
  }

  @Test("a malformed claims file refuses editing, is reported by check, and is never rewritten")
  func malformedFile() throws {
    let folder = try TemporaryProject()
    let bad = "sarap-claims 1\n\nclaim C1\nquery: russia\nquantifier: more-than C1\n"
    try folder.write(bad, to: ProjectLayout.claims)
    let before = try folder.snapshot()
    #expect(throws: StoreError.self) {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana")
    }
    let problems = try ProjectCheck.problems(in: ProjectFolder(url: folder.url))
    #expect(
      problems.map(\.description).contains {
        $0.hasSuffix("Codebooks/claims.txt:5:13: more-than makes a cycle: C1 > C1")
      })
    #expect(try folder.snapshot() == before)
  }

  @Test("check reports a claim whose query names no code, with the column in the query")
  func checkQueries() throws {
    let folder = try TemporaryProject()
    try folder.write(
      "sarap-claims 1\n\nclaim C1\nquery: russia OR nosuch\nquantifier: one\nquestion: Q9\n",
      to: ProjectLayout.claims)
    let problems = try ProjectCheck.problems(in: ProjectFolder(url: folder.url)).map(\.description)
    #expect(
      problems.contains {
        $0.hasSuffix(
          "Codebooks/claims.txt:4:18: in the query of C1: no code or theme with id 'nosuch'")
      })
    #expect(problems.contains { $0.hasSuffix("Codebooks/claims.txt:6:11: no guide question 'Q9'") })
  }
}
