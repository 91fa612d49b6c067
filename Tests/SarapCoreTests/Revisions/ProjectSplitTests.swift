import Testing

@testable import SarapCore

@Suite("Splitting a code")
struct ProjectSplitTests {
  static let tv = Code(id: "russia.tv", parent: "russia", nameKK: "Теледидар", nameEN: "TV")

  static func project() throws -> Project {
    var project = CodebookHistoryTests.project()
    try project.apply(.addCoding(CodebookHistoryTests.coding("russia.media", 5, 16)))
    try project.apply(.addCoding(CodebookHistoryTests.coding("russia.media", 21, 35)))
    return project
  }

  @Test("listed codings move to the new code, placed right after the source")
  func listedCodingsMove() throws {
    var project = try Self.project()
    let key = CodebookHistoryTests.coding("russia.media", 21, 35).key
    let undo = try project.apply(
      try project.splitEdit("russia.media", into: Self.tv, moving: [key]))
    #expect(project.codebook.codes.map(\.id) == ["russia", "russia.media", "russia.tv", "china"])
    #expect(project.codings.map(\.code) == ["russia.media", "russia.tv"])
    try project.apply(undo)
    #expect(project == (try Self.project()))
  }

  @Test("with no list every coding stays with the source")
  func allToTheFirst() throws {
    var project = try Self.project()
    try project.apply(try project.splitEdit("russia.media", into: Self.tv))
    #expect(project.codings.map(\.code) == ["russia.media", "russia.media"])
    #expect(project.codebook["russia.tv"] == Self.tv)
  }

  @Test("a key that is not a coding of the source is refused")
  func unknownKey() throws {
    let project = try Self.project()
    let key = CodebookHistoryTests.coding("china", 21, 26).key
    #expect(throws: ProjectError.missingCoding(key)) {
      try project.splitEdit("russia.media", into: Self.tv, moving: [key])
    }
    #expect(throws: ProjectError.duplicateCode("china")) {
      try project.splitEdit(
        "russia.media", into: Code(id: "china", nameKK: "", nameEN: ""))
    }
  }
}

@Suite("Coding keys as text")
struct CodingKeyTextTests {
  @Test("a key round-trips through its text; malformed text is refused")
  func roundTrip() {
    let key = Coding.Key(
      transcript: "R07", range: TextRange(start: 120, end: 530), code: "russia.media",
      coder: "Ана Б.")
    #expect(key.text == "R07:120-530:russia.media:Ана Б.")
    #expect(Coding.Key(text: key.text) == key)
    #expect(Coding.Key(text: "R07:1-2:a:b:c")?.code == "a:b")
    for bad in ["R07", "R07:1-2:a", "R07:2-1:a:b", "R07:x-2:a:b", ":1-2:a:b", "R07:1-2::b"] {
      #expect(Coding.Key(text: bad) == nil, "\(bad)")
    }
  }
}
