import Foundation
import SarapCore
import SarapFormats
import Testing

@testable import SarapStore

/// An undo replays a recorded line: when the line is out of place, or its edit no longer fits the
/// project, the refusal names the history line and nothing changes.
@Suite("History lines in order")
struct HistoryOrderTests {
  /// A project with two coding edits in its history.
  static func twoEdits() throws -> TemporaryProject {
    let folder = try TemporaryProject()
    let session = try ProjectSession.open(folder: folder.url, coder: "ana")
    try session.apply(.addCoding(TemporaryProject.coding("russia", 33, 45)), summary: "first")
    try session.apply(.addCoding(TemporaryProject.coding("china", 46, 52)), summary: "second")
    session.close()
    return folder
  }

  @Test("swapped history lines are refused at the second line, on open and in check")
  func swappedLines() throws {
    let folder = try Self.twoEdits()
    let lines = try folder.read(ProjectLayout.history).split(separator: "\n")
    try #require(lines.count == 2)
    try folder.write("\(lines[1])\n\(lines[0])\n", to: ProjectLayout.history)
    let before = try folder.snapshot()
    let swapped = try folder.read(ProjectLayout.history)
    #expect {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana")
    } throws: { error in
      "\(error)".contains("/.sarap/history:2:1: entry 1 follows entry 2")
    }
    let problems = try ProjectCheck.problems(in: ProjectFolder(url: folder.url)).map(\.description)
    #expect(problems.contains { $0.contains(".sarap/history:2:1: entry 1 follows entry 2") })
    #expect(try folder.snapshot() == before)
    #expect(try folder.read(ProjectLayout.history) == swapped)
  }

  @Test("an undo naming a later entry is refused at its line")
  func targetNotEarlier() throws {
    let folder = try Self.twoEdits()
    let lines = try folder.read(ProjectLayout.history).split(separator: "\n").map(String.init)
    let forged = lines[1].replacingOccurrences(of: #""kind":"apply""#, with: #""kind":"undo""#)
      .replacingOccurrences(of: #""sequence":2"#, with: #""sequence":2,"target":5"#)
    try #require(forged != lines[1])
    try folder.write("\(lines[0])\n\(forged)\n", to: ProjectLayout.history)
    #expect {
      _ = try ProjectSession.open(folder: folder.url, coder: "ana")
    } throws: { error in
      "\(error)".contains("/.sarap/history:2:1: entry 2 is the undo of entry 5")
    }
  }

  @Test("an undo whose edit no longer applies names the history line and changes nothing")
  func undoNoLongerApplies() throws {
    let folder = try TemporaryProject()
    var session = try ProjectSession.open(folder: folder.url, coder: "ana")
    let extra = Code(id: "extra", nameKK: "Қосымша", nameEN: "Extra")
    try session.apply(.addCode(extra, position: 2), summary: "add extra")
    session.close()
    // Someone else codes with the new code (a hand edit, a git pull): its addition cannot be undone.
    let codings = try folder.read("Codebooks/codings/ana.txt")
    let line = try #require(
      CodingsFile.encode(coder: "ana", codings: [TemporaryProject.coding("extra", 0, 5)])
        .split(separator: "\n").last)
    try folder.write(codings + line + "\n", to: "Codebooks/codings/ana.txt")
    let before = try folder.snapshot()
    let recorded = try folder.read(".sarap/history")
    let column = try #require(recorded.range(of: #""inverse":"#)).lowerBound
    let place = "/.sarap/history:1:\(recorded.unicodeScalars[..<column].count + 1): "
    session = try ProjectSession.open(folder: folder.url, coder: "ana")
    #expect {
      try session.undo()
    } throws: { error in
      let said = "\(error)"
      return said.contains(place + "cannot undo entry 1 ('add extra'): ")
        && said.contains("extra") && said.contains("nothing was changed")
    }
    session.close()
    #expect(try folder.snapshot() == before)
  }
}
