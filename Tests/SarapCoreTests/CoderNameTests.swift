import SarapCore
import Testing

@Suite("Coder names")
struct CoderNameTests {
  @Test(
    "names of any script, with inner spaces and punctuation, are kept without surrounding spaces",
    arguments: [
      ("ana", "ana"), ("  Әлия Нұрланқызы ", "Әлия Нұрланқызы"), ("O'Brien, J.", "O'Brien, J."),
      ("\u{00A0}dissertation\u{2003}", "dissertation"), ("R2-D2 (RA)", "R2-D2 (RA)"),
      ("7", "7"),
    ])
  func accepted(_ name: String, _ expected: String) throws {
    #expect(try Coder.named(name) == Coder.ID(expected))
  }

  @Test(
    "blank, too long, separator and control characters, no letter: refused with the reason",
    arguments: [
      ("", Coder.NameProblem.blank), ("   ", .blank),
      (String(repeating: "ә", count: 65), .tooLong(65)),
      ("ana\tbob", .forbidden("\t", column: 4)), (" ana\n", .forbidden("\n", column: 5)),
      ("a/b", .forbidden("/", column: 2)), ("a\\b", .forbidden("\\", column: 2)),
      ("an\u{0}a", .forbidden("\u{0}", column: 3)),
      ("a\u{200E}b", .forbidden("\u{200E}", column: 2)),
      ("a\u{2028}b", .forbidden("\u{2028}", column: 2)), ("--", .noLetterOrDigit),
    ])
  func refused(_ name: String, _ problem: Coder.NameProblem) {
    #expect(throws: problem) { try Coder.named(name) }
  }

  @Test("the longest name is accepted, counted in characters, not scalars or bytes")
  func lengthInCharacters() throws {
    let decomposed = String(repeating: "и\u{306}", count: Coder.maximumNameLength)
    #expect(try Coder.named(decomposed).rawValue == decomposed)
  }

  @Test("every problem says what is wrong in words")
  func descriptions() {
    #expect(Coder.NameProblem.blank.description == "a coder's name cannot be blank")
    #expect(
      Coder.NameProblem.forbidden("\t", column: 4).description
        == "a coder's name cannot hold a tab (column 4)")
    #expect(
      Coder.NameProblem.forbidden("\u{7}", column: 1).message
        == "a coder's name cannot hold the control character U+7")
    #expect(Coder.NameProblem.tooLong(70).description.contains("at most 64 characters"))
  }
}
