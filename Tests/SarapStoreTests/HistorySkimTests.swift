import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// A command that codes reads the history's lines for their steps only (sequence, kind, target):
/// the steps agree with the decoded entries, the order checks refuse the same lines at the same
/// place, and an edit it did not decode is checked when an undo needs it.
@Suite("History steps read without decoding the edits")
struct HistorySkimTests {
  /// A project whose history holds applies, an undo, a redo and a group, summaries in Kazakh with
  /// quotes and backslashes.
  static func history() throws -> TemporaryProject {
    let folder = try TemporaryProject()
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.apply(
      .addCoding(TemporaryProject.coding("russia", 33, 45, memo: "«Ресей»\t\"ықпал\" \\ {[")),
      summary: "бірінші \"}\" \\")
    try session.apply(.addCoding(TemporaryProject.coding("china", 46, 52)), summary: "second")
    try session.undo()
    try session.redo()
    _ = try session.applyGroup([
      (.addCoding(TemporaryProject.coding("china", 0, 3)), "g1"),
      (.addCoding(TemporaryProject.coding("russia", 4, 9)), "g2"),
    ])
    try session.undo()
    session.close()
    return folder
  }

  static func journal(_ folder: TemporaryProject) -> HistoryJournal {
    HistoryJournal(
      url: folder.url.appendingPathComponent(ProjectLayout.history),
      displayPath: ProjectLayout.history)
  }

  @Test("each line's step is the decoded entry's; the undo stacks are the same")
  func stepsAgree() throws {
    let folder = try Self.history()
    let journal = Self.journal(folder)
    let whole = try journal.read().log
    let skimmed = try journal.readSteps().log
    #expect(whole.entries.count == 7)
    #expect(skimmed.entries.isEmpty)
    #expect(skimmed.unread == whole.entries.map(HistoryStep.init))
    #expect(skimmed.unread.map(\.kind) == [.apply, .apply, .undo, .redo, .apply, .apply, .undo])
    let fromSteps = UndoStacks(replaying: skimmed)
    let fromEntries = UndoStacks(replaying: whole)
    #expect(fromSteps.undoable == fromEntries.undoable)
    #expect(fromSteps.redoable == fromEntries.redoable)
  }

  @Test("lines that are not plainly an entry are left to the whole decoder")
  func skimDeclines() {
    let line = #"{"coder":"ana","edit":{},"format":"sarap-history 2","kind":"apply","sequence":3}"#
    #expect(
      HistoryStep.skim(ArraySlice(line.utf8)) == HistoryStep(sequence: 3, kind: .apply, target: nil)
    )
    for bad in [
      line.replacingOccurrences(of: #""sequence":3"#, with: #""sequence":3.0"#),
      line.replacingOccurrences(of: #""sequence":3"#, with: #""sequence":0"#),
      line.replacingOccurrences(of: #""sequence":3"#, with: #""sequence":99999999999"#),
      line.replacingOccurrences(of: #""kind""#, with: #""kin\u0064""#),
      line.replacingOccurrences(of: #""apply""#, with: #""again""#),
      line.replacingOccurrences(of: "sarap-history 2", with: "sarap-history 9"),
      line.replacingOccurrences(of: #""coder""#, with: #""pruned""#),
      line + #"{"#, String(line.dropLast()),
      line.replacingOccurrences(of: #","kind":"apply""#, with: ""),
      line.replacingOccurrences(of: "}", with: #","sequence":4}"#),
    ] {
      #expect(HistoryStep.skim(ArraySlice(bad.utf8)) == nil, "\(bad)")
    }
  }

  @Test("swapped lines are refused at the same line by a coding session")
  func swappedLinesRefused() throws {
    let folder = try HistoryOrderTests.twoEdits()
    let lines = try folder.read(ProjectLayout.history).split(separator: "\n")
    try folder.write("\(lines[1])\n\(lines[0])\n", to: ProjectLayout.history)
    let swapped = try folder.read(ProjectLayout.history)
    #expect {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana", codings: .sessionCoder)
    } throws: { error in
      "\(error)".contains("/.sarap/history:2:1: entry 1 follows entry 2")
    }
    #expect(try folder.read(ProjectLayout.history) == swapped)
  }

  @Test("an edit broken inside its line: the add goes on, the undo and check name the line")
  func brokenEditFoundWhenNeeded() throws {
    let folder = try HistoryOrderTests.twoEdits()
    let lines = try folder.read(ProjectLayout.history).split(separator: "\n").map(String.init)
    let broken = lines[1].replacingOccurrences(
      of: #""fingerprint":""#, with: #""fingerprint":{"a":["}"]},"was":""#)
    try #require(broken != lines[1])
    try folder.write("\(lines[0])\n\(broken)\n", to: ProjectLayout.history)
    let session = try ProjectSession.open(folder: folder.url, coder: "ana", codings: .sessionCoder)
    try session.apply(.addCoding(TemporaryProject.coding("china", 0, 3)), summary: "third")
    #expect(session.history.map(\.sequence) == [3])
    #expect {
      try session.undo()
    } throws: { error in
      "\(error)".contains("/.sarap/history:2:1: not a history entry")
    }
    session.close()
    let problems = try ProjectCheck.problems(in: ProjectFolder(url: folder.url)).map(\.description)
    #expect(problems.contains { $0.contains(".sarap/history:2:1: not a history entry") })
  }

  @Test("a coding session undoes after reading the whole history")
  func undoReadsTheRest() throws {
    let folder = try HistoryOrderTests.twoEdits()
    let session = try ProjectSession.open(folder: folder.url, coder: "ana", codings: .sessionCoder)
    #expect(session.history.isEmpty)
    #expect(session.nextUndo?.summary == "second")
    #expect(session.history.map(\.summary) == ["first", "second"])
    let undo = try session.undo()
    #expect(undo.sequence == 3 && undo.target == 2)
    #expect(!session.project.codings.contains { $0.range == TextRange(start: 46, end: 52) })
    session.close()
  }
}
