import SarapTestSupport
import Testing

@testable import SarapCore

@Suite("Project edits")
struct ProjectEditTests {
  static func fixture() -> Project {
    let body: TranscriptText = "[Q2а] I: Қандай мемлекет?\n\nR01: Ресей ықпалы зор. Қытай да бар.\n"
    return Project(
      codebook: Codebook([
        Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
        Code(id: "russia.influence", parent: "russia", nameKK: "Ықпал", nameEN: "Influence"),
        Code(id: "china", nameKK: "Қытай", nameEN: "China"),
      ]),
      transcripts: [Transcript(id: "R01", body: body)])
  }

  static func coding(_ code: Code.ID, _ start: Int, _ end: Int, memo: String = "") -> Coding {
    Coding.fixture(code, TextRange(start: start, end: end), memo: memo)
  }

  @Test("applying an edit then its inverse restores the project")
  func inverseRestores() throws {
    var project = Self.fixture()
    let original = project
    let undo = try project.apply(.addCoding(Self.coding("russia", 33, 45)))
    #expect(project.codings.count == 1)
    try project.apply(undo)
    #expect(project == original)
  }

  @Test("a coding outside its transcript is refused and changes nothing")
  func rangeOutsideIsRefused() {
    var project = Self.fixture()
    let length = project.transcripts[0].body.scalarCount
    #expect(
      throws: ProjectError.rangeOutsideTranscript(
        "R01", TextRange(start: 0, end: 999), length: length)
    ) {
      try project.apply(.addCoding(Self.coding("russia", 0, 999)))
    }
    #expect(project == Self.fixture())
  }

  @Test("merging moves codings and children and keeps memos")
  func mergeMovesEverything() throws {
    var project = Self.fixture()
    try project.apply(.addCoding(Self.coding("china", 33, 45, memo: "a")))
    try project.apply(.addCoding(Self.coding("russia", 33, 45, memo: "b")))
    let before = project
    let undo = try project.apply(try project.mergeEdit("china", into: "russia"))
    #expect(project.codebook["china"] == nil)
    #expect(project.codings.map(\.code) == ["russia"])
    #expect(project.codings.first?.memo == "b\na")
    try project.apply(undo)
    #expect(project == before)
  }

  @Test("a move that would create a cycle is refused")
  func cycleRefused() throws {
    var project = Self.fixture()
    let old = try #require(project.codebook["russia"])
    var new = old
    new.parent = "russia.influence"
    #expect(throws: ProjectError.cycle("russia", parent: "russia.influence")) {
      try project.apply(.updateCode(old: old, new: new))
    }
  }

  @Test("turns know the question they answer")
  func turnsCarryQuestions() {
    let transcript = Self.fixture().transcripts[0]
    let turns = transcript.turns
    #expect(turns.map(\.speaker) == ["I", "R01"])
    #expect(turns.map(\.question) == ["Q2а", "Q2а"])
    #expect(transcript.body[turns[1].textRange] == "Ресей ықпалы зор. Қытай да бар.")
  }
}
