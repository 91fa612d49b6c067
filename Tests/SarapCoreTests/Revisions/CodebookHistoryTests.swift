import SarapTestSupport
import Testing

@testable import SarapCore

@Suite("Codebook history: recording and replaying changes")
struct CodebookHistoryTests {
  static func project() -> Project {
    Project(
      codebook: Codebook([
        Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
        Code(id: "russia.media", parent: "russia", nameKK: "БАҚ", nameEN: "Media"),
        Code(id: "china", nameKK: "Қытай", nameEN: "China"),
      ]),
      transcripts: [Transcript(id: "R01", body: "R01: Ресей арналары мен Қытай гранттары.\n")])
  }

  static func coding(_ code: Code.ID, _ start: Int, _ end: Int) -> Coding {
    Coding.fixture(
      code, TextRange(start: start, end: end), time: Timestamp("2031-01-01T00:00:00Z"))
  }

  /// Applies each edit and records it the way the store does; returns the history.
  static func record(_ edits: [ProjectEdit], on project: inout Project) throws -> CodebookHistory {
    let baseline = Codebook().operations(to: project.codebook)
    var history = CodebookHistory(changes: [
      CodebookChange(
        time: Timestamp("2031-01-01T00:00:00Z"), coder: "ana", action: .baseline, codes: [],
        operations: baseline)
    ])
    for (index, edit) in edits.enumerated() {
      try project.apply(edit)
      guard let kind = CodebookChange.classify(edit) else { continue }
      history.changes.append(
        CodebookChange(
          time: Timestamp("2031-01-0\(index + 2)T00:00:00Z"), coder: "ana", action: kind.action,
          codes: kind.codes, operations: CodebookOperation.operations(of: edit)))
    }
    return history
  }

  @Test("replaying the history from an empty codebook gives the current codebook")
  func replayGivesCurrent() throws {
    var project = Self.project()
    try project.apply(.addCoding(Self.coding("russia.media", 5, 16)))
    try project.apply(.addCoding(Self.coding("china", 21, 26)))
    var renamed = try #require(project.codebook["china"])
    renamed.nameEN = "People's Republic of China"
    var recoloured = try #require(project.codebook["russia"])
    recoloured.colour = Colour(red: 0xC0, green: 0x39, blue: 0x2B)
    let tv = Code(id: "russia.tv", parent: "russia", nameKK: "Теледидар", nameEN: "TV")
    let before = project
    let split = try before.splitEdit(
      "russia.media", into: tv, moving: [Self.coding("russia.media", 5, 16).key])
    let edits: [ProjectEdit] = [
      .updateCode(old: before.codebook["china"] ?? renamed, new: renamed),
      .updateCode(old: before.codebook["russia"] ?? recoloured, new: recoloured), split,
    ]
    var history = try Self.record(edits, on: &project)
    #expect(history.changes.map(\.action) == [.baseline, .rename, .recolour, .split])
    #expect(history.changes.last?.codes == ["russia.media", "russia.tv"])
    let merge = try project.mergeEdit("russia.tv", into: "russia.media")
    let delete = try project.deleteEdit("china")
    let more = try Self.record(
      [merge, delete, .moveCode("russia.media", from: 1, to: 0)], on: &project)
    history.changes += more.changes.dropFirst()
    #expect(history.changes.suffix(3).map(\.action) == [.merge, .delete, .reorder])
    #expect(try history.replay() == project.codebook)
  }

  @Test("the codebook at a time is the replay of every change up to it")
  func codebookAtTime() throws {
    var project = Self.project()
    let original = project.codebook
    var renamed = try #require(project.codebook["china"])
    renamed.nameKK = "ҚХР"
    let history = try Self.record(
      [.updateCode(old: original["china"] ?? renamed, new: renamed)], on: &project)
    #expect(try history.codebook(at: Timestamp("2031-01-01T12:00:00Z")) == original)
    #expect(try history.codebook(at: Timestamp("2031-01-02T00:00:00Z")) == project.codebook)
    #expect(try history.codebook(afterEntries: 0) == Codebook())
  }

  @Test("a history that does not fit its codebook names the entry")
  func replayMismatch() {
    let ghost = Code(id: "ghost", nameKK: "", nameEN: "")
    let history = CodebookHistory(changes: [
      CodebookChange(
        time: Timestamp("2031-01-01T00:00:00Z"), coder: "ana", action: .delete, codes: ["ghost"],
        operations: [.remove(ghost, position: 0)])
    ])
    #expect(throws: CodebookHistory.ReplayError.self) { try history.replay() }
  }

  @Test("the difference of two codebooks replays one onto the other")
  func difference() throws {
    let a = Self.project().codebook
    var b = Codebook([
      Code(id: "china", nameKK: "Қытай", nameEN: "PRC"),
      Code(id: "west", nameKK: "Батыс", nameEN: "West"),
      Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
    ])
    var replayed = a
    for operation in a.operations(to: b) { try operation.apply(to: &replayed) }
    #expect(replayed == b)
    b = Codebook()
    replayed = a
    for operation in a.operations(to: b) { try operation.apply(to: &replayed) }
    #expect(replayed == b)
  }
}
