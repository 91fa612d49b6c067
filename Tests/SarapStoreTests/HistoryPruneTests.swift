import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// Pruning cuts old entries off `.sarap/history`: the entries kept undo as before, and an undo
/// or redo of an entry cut off is refused by name, never skipped or guessed.
@Suite("History prune")
struct HistoryPruneTests {
  /// A project with `count` codings of R01 (0..<2, 3..<5 and so on), added one edit each.
  static func codedTimes(_ count: Int) throws -> TemporaryProject {
    let folder = try TemporaryProject()
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    for index in 0..<count {
      try session.apply(
        .addCoding(TemporaryProject.coding("russia", index * 3, index * 3 + 2)),
        summary: "code \(index + 1)")
    }
    session.close()
    return folder
  }

  @Test("prune keeps the last N; they undo, and the next undo, of an entry cut off, is refused")
  func undoAfterPrune() throws {
    let folder = try Self.codedTimes(5)
    var session = try ProjectSession.open(folder: folder.url, coder: "ana")
    let outcome = try session.pruneHistory(keeping: 2)
    #expect(outcome.removed == 3 && outcome.kept == 2 && outcome.bytesAfter < outcome.bytesBefore)
    session.close()
    let lines = try folder.read(ProjectLayout.history).split(separator: "\n")
    #expect(lines.count == 3 && lines[0].contains(#""pruned":{"#))
    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.history.map(\.sequence) == [4, 5] && session.historyPrune?.through == 3)
    #expect(try session.undo().target == 5)
    #expect(try session.undo().target == 4)
    #expect(session.nextUndo == nil)
    let before = try folder.snapshot()
    #expect {
      try session.undo()
    } throws: { error in
      guard case .historyPruned = error as? StoreError else { return false }
      return "\(error)".contains(
        ".sarap/history:1:1: cannot undo entry 3: it was cut off when the history was pruned")
    }
    #expect(try folder.snapshot() == before)
    #expect(try session.redo().target == 4)
    session.close()
    let codings = try folder.read("Codebooks/codings/ana.txt")
    #expect(codings.contains("\t9\t11\t") && !codings.contains("\t12\t14\t"))
  }

  @Test("an undone entry cut off cannot be redone: the refusal names it")
  func redoOfPrunedRefused() throws {
    let folder = try Self.codedTimes(3)
    var session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.undo()
    try session.pruneHistory(keeping: 0)
    session.close()
    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.history.isEmpty && session.historyPrune?.redoable == [3])
    #expect {
      try session.redo()
    } throws: { error in
      "\(error)".contains("cannot redo entry 3: it was cut off")
    }
    #expect {
      try session.undo()
    } throws: { error in
      "\(error)".contains("cannot undo entry 2: it was cut off")
    }
    session.close()
  }

  @Test("a prune of a history no longer than N changes nothing; a read-only session cannot prune")
  func nothingToPrune() throws {
    let folder = try Self.codedTimes(2)
    let before = try folder.read(ProjectLayout.history)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(try session.pruneHistory(keeping: 2).removed == 0)
    session.close()
    #expect(try folder.read(ProjectLayout.history) == before)
    let reader = try ProjectSession.open(folder: folder.url, coder: "ana", readOnly: true)
    #expect(throws: StoreError.readOnly) { try reader.pruneHistory(keeping: 0) }
  }

  @Test("a writer opening a history of more than 1,000 entries prunes it to the last 500")
  func automaticPrune() throws {
    let folder = try TemporaryProject()
    let entries = (1...1001).map { sequence in
      HistoryEntry(
        sequence: sequence, kind: .apply, coder: "ana", time: Timestamp("2026-12-03T10:00:00Z"),
        summary: "move \(sequence)", edit: .moveCode("russia", from: 0, to: 1),
        inverse: .moveCode("russia", from: 1, to: 0))
    }
    try folder.write(
      entries.map { HistoryFile.encodeLine($0) + "\n" }.joined(), to: ProjectLayout.history)
    let reader = try ProjectSession.open(folder: folder.url, coder: "ana", readOnly: true)
    #expect(reader.history.count == 1001)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect(session.history.count == 500 && session.history.first?.sequence == 502)
    #expect(
      session.historyPrune?.through == 501 && session.historyPrune?.undoable == Array(1...501))
    session.close()
    #expect(try folder.read(ProjectLayout.history).split(separator: "\n").count == 501)
  }

  @Test("the stacks after a prune match the whole history's wherever an undo or redo can reach")
  func stacksMatchWholeHistory() {
    var random = SeededGenerator(seed: 42)
    for round in 0..<40 {
      let entries = Self.randomHistory(length: Int.random(in: 1...40, using: &random), &random)
      let whole = UndoStacks(replaying: entries)
      for keep in 0...entries.count {
        let log = HistoryJournal.pruned(
          HistoryLog(entries: entries), keeping: keep, at: Timestamp("2026-12-03T10:00:00Z"))
        let stacks = log.map { UndoStacks(replaying: $0) } ?? whole
        let through = log?.prune?.through ?? 0
        #expect(
          Self.reachable(stacks.undoable, through) == Self.reachable(whole.undoable, through),
          "round \(round) keep \(keep)")
        #expect(
          Self.reachable(stacks.redoable, through) == Self.reachable(whole.redoable, through),
          "round \(round) keep \(keep)")
      }
    }
  }

  /// The top of a stack down to its first entry cut off (at or below `through`), included: what
  /// undo or redo can reach, since an entry cut off stops them.
  static func reachable(_ stack: [Int], _ through: Int) -> [Int] {
    guard let index = stack.lastIndex(where: { $0 <= through }) else { return stack }
    return Array(stack[index...])
  }

  /// A history of applies, undos and redos, each allowed by the stacks at its point.
  static func randomHistory(length: Int, _ random: inout SeededGenerator) -> [HistoryEntry] {
    var entries: [HistoryEntry] = []
    var stacks = UndoStacks()
    for sequence in 1...length {
      var kind = HistoryEntry.Kind.apply
      var target: Int?
      switch Int.random(in: 0..<3, using: &random) {
      case 1 where !stacks.undoable.isEmpty: (kind, target) = (.undo, stacks.undoable.last)
      case 2 where !stacks.redoable.isEmpty: (kind, target) = (.redo, stacks.redoable.last)
      default: break
      }
      let entry = HistoryEntry(
        sequence: sequence, kind: kind, target: target, coder: "ana",
        time: Timestamp("2026-12-03T10:00:00Z"), summary: "\(sequence)",
        edit: .moveCode("russia", from: 0, to: 1), inverse: .moveCode("russia", from: 1, to: 0))
      stacks.record(entry)
      entries.append(entry)
    }
    return entries
  }
}
