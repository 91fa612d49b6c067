import SarapCore
import SarapEngine
import Testing

@testable import SarapFormats

/// The claims ledger format, `sarap-claims 1`.
@Suite("Claims file")
struct ClaimsFileTests {
  /// A canonical version-1 file as this Sarap writes it: decoding and encoding it again must give
  /// the same bytes, and a later Sarap must still read it.
  static let version1 = """
    sarap-claims 1
    note: English wordings are our translations.
      Second line of the note.

    quantifiers
    few: at-most 3
    most: over 60

    claim C2
    source: dissertation line 1774
    kk: Респонденттердің басым бөлігі РФ-нің Қазақстанға ықпал деңгейі жақын болашақта өзгермейтінін дәйектеді.
    en: Most respondents argued that Russia's level of influence will not change.
    query: russia.persistence
    quantifier: most
    unit: transcripts
    question: Q5а
    question: Q5ә
    attribute: studied-abroad=Russia
    attribute: sector=unknown
    memo: Two lines
      of memo.

    claim C10
    query: china AND NOT (west OR turkey)
    quantifier: more-than C2
    unit: segments

    """

  @Test("a version-1 file decodes to the values it holds")
  func decodesVersion1() throws {
    let ledger = try ClaimsFile.decode(Self.version1, path: "claims.txt")
    #expect(ledger.note == "English wordings are our translations.\nSecond line of the note.")
    #expect(
      ledger.quantifiers == [
        QuantifierDefinition(word: "few", threshold: .atMost(3)),
        QuantifierDefinition(word: "most", threshold: .over(60)),
      ])
    #expect(ledger.claims.map(\.id) == ["C2", "C10"])
    let first = ledger.claims[0]
    #expect(first.source == "dissertation line 1774")
    #expect(first.wordingKK.hasPrefix("Респонденттердің басым бөлігі"))
    #expect(first.quantifier == .word("most"))
    #expect(first.unit == .transcripts)
    #expect(first.questions == ["Q5а", "Q5ә"])
    #expect(
      first.attributes == [
        ClaimAttribute(name: "studied-abroad", value: .known("Russia")),
        ClaimAttribute(name: "sector", value: .unknown),
      ])
    #expect(first.memo == "Two lines\nof memo.")
    #expect(ledger.claims[1].quantifier == .moreThan("C2"))
    #expect(ledger.claims[1].unit == .segments)
    #expect(ledger.claims[1].query == "china AND NOT (west OR turkey)")
  }

  @Test("a canonical file round-trips byte for byte")
  func roundTrip() throws {
    let ledger = try ClaimsFile.decode(Self.version1, path: "claims.txt")
    #expect(ClaimsFile.encode(ledger) == Self.version1)
    #expect(ClaimsFile.encode(ClaimLedger()) == "sarap-claims 1\n")
    #expect(try ClaimsFile.decode("sarap-claims 1\n", path: "c") == ClaimLedger())
  }

  @Test("a valid hand-written file out of order, with comments and no unit, is written canonically")
  func canonicalForm() throws {
    let text = """
      sarap-claims 1
      # comment

      claim C10
      quantifier: one
      query: west

      claim C9
      # another
      query: china
      quantifier: some
      """
    let ledger = try ClaimsFile.decode(text + "\n", path: "c")
    #expect(
      ClaimsFile.encode(ledger) == """
        sarap-claims 1

        claim C9
        query: china
        quantifier: some
        unit: transcripts

        claim C10
        query: west
        quantifier: one
        unit: transcripts

        """)
  }

  static let badFiles: [(text: String, error: String)] = [
    ("", "c.txt:1:1: empty file; expected the format line 'sarap-claims 1'"),
    (
      "sarap-claims 2\n",
      "c.txt:1:14: unsupported sarap-claims format version '2' (this Sarap reads version 1)"
    ),
    ("sarap-claims 1\ntitle: x\n", "c.txt:2:1: unknown key 'title'"),
    (
      "sarap-claims 1\n\nclaim C1\nquery: russia\n",
      "c.txt:3:1: claim 'C1' has no 'quantifier:' line"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquantifier: most\n", "c.txt:3:1: claim 'C1' has no 'query:' line"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: russia\nquantifier: most\nclaim C2\n",
      "c.txt:6:1: expected 'key: value'"
    ),
    (
      "sarap-claims 1\n\nclaim\nquery: x\n",
      "c.txt:3:7: expected 'claim ID': one id without spaces"
    ),
    (
      "sarap-claims 1\n\nclaim C1 C2\nquery: x\n",
      "c.txt:3:7: expected 'claim ID': one id without spaces"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: one\n\nclaim C1\nquery: b\nquantifier: one\n",
      "c.txt:7:7: duplicate claim id 'C1' (first on line 3)"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: one\nsource: x\nsource: y\n",
      "c.txt:7:1: duplicate key 'source' (first on line 6)"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: one\ncolour: red\n",
      "c.txt:6:1: unknown key 'colour'"
    ),
    ("sarap-claims 1\n\nclaim C1\nquery:  \nquantifier: one\n", "c.txt:4:8: empty query"),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: at-least many\n",
      "c.txt:5:13: expected a quantifier (a word such as 'most', 'at-least N', 'at-most N', "
        + "'exactly N', 'share P', 'over P' or 'more-than CLAIM'), found 'at-least many'"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: lots\n",
      "c.txt:5:13: unknown quantifier 'lots' (known: all, most, several, some, one, none; "
        + "define it in the quantifiers block)"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: more-than C9\n",
      "c.txt:5:13: more-than names no claim 'C9'"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: more-than C1\n",
      "c.txt:5:13: more-than makes a cycle: C1 > C1"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: more-than C2\n\n"
        + "claim C2\nquery: b\nquantifier: more-than C3\n\nclaim C3\nquery: c\nquantifier: more-than C1\n",
      "c.txt:5:13: more-than makes a cycle: C1 > C2 > C3 > C1"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: one\nunit: people\n",
      "c.txt:6:7: expected 'transcripts' or 'segments', found 'people'"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: one\nattribute: sector\n",
      "c.txt:6:12: expected NAME=VALUE, found 'sector'"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: one\nquestion: Q1 Q2\n",
      "c.txt:6:11: expected one question id, found 'Q1 Q2'"
    ),
    (
      "sarap-claims 1\n\nquantifiers\nfew: at-most 3\nfew: at-most 2\n",
      "c.txt:5:1: duplicate quantifier 'few' (first on line 4)"
    ),
    (
      "sarap-claims 1\n\nquantifiers\nMany: at-least 5\n",
      "c.txt:4:1: expected a quantifier word (lower-case letters and '-'), found 'Many'"
    ),
    (
      "sarap-claims 1\n\nquantifiers\nmany: lots\n",
      "c.txt:4:7: expected 'at-least N', 'at-most N', 'exactly N', 'share P' or 'over P' "
        + "(P a percentage), found 'lots'"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: one\n\nquantifiers\nfew: at-most 3\n",
      "c.txt:7:1: expected 'claim ID' to start a block"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: at-least 99999999999\n",
      "c.txt:5:22: at-least 99999999999: the number is out of range (0 to 2147483647)"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: at-most 2147483648\n",
      "c.txt:5:21: at-most 2147483648: the number is out of range (0 to 2147483647)"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: exactly "
        + String(repeating: "9", count: 400) + "\n",
      "c.txt:5:21: exactly " + String(repeating: "9", count: 400)
        + ": the number is out of range (0 to 2147483647)"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: share 1000\n",
      "c.txt:5:19: share 1000: a share is a percentage from 0 to 100"
    ),
    (
      "sarap-claims 1\n\nclaim C1\nquery: a\nquantifier: over 100\n",
      "c.txt:5:18: over 100: over takes a percentage from 0 to 99"
    ),
    (
      "sarap-claims 1\n\nquantifiers\nmany: at-least 99999999999\n",
      "c.txt:4:16: at-least 99999999999: the number is out of range (0 to 2147483647)"
    ),
    (
      "sarap-claims 1\r\n",
      "c.txt:1:15: carriage return (Sarap files use LF line endings, not CRLF)"
    ),
  ]

  @Test("the largest number InputLimits allows is a threshold like any other")
  func largestNumber() throws {
    let text =
      "sarap-claims 1\n\nquantifiers\nmany: at-most 2147483647\n\n"
      + "claim C1\nquery: a\nquantifier: at-least 2147483647\nunit: transcripts\n"
    let ledger = try ClaimsFile.decode(text, path: "c.txt")
    #expect(ledger.claims.first?.quantifier == .threshold(.atLeast(2_147_483_647)))
    #expect(ledger.quantifiers.first?.threshold == .atMost(2_147_483_647))
    #expect(ClaimsFile.encode(ledger) == text)
  }

  @Test("malformed claims files give path:line:col errors", arguments: badFiles)
  func badFile(text: String, error expected: String) {
    #expect(throws: ProjectFileError.self) { try ClaimsFile.decode(text, path: "c.txt") }
    do {
      _ = try ClaimsFile.decode(text, path: "c.txt")
    } catch {
      #expect(error.description == expected)
    }
  }

  static let codebook = Codebook([
    Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
    Code(id: "russia.persistence", parent: "russia", nameKK: "Тұрақ", nameEN: "Persistence"),
    Code(id: "china", nameKK: "Қытай", nameEN: "China"),
  ])

  static var project: Project {
    Project(
      guide: Guide(revisions: [
        GuideRevision(id: "final", questions: [GuideQuestion(id: "Q5а", textKK: "", textEN: "")])
      ]),
      codebook: codebook,
      transcripts: [
        Transcript(
          id: "R01", attributes: [Attribute(name: "studied-abroad", value: .known("Russia"))],
          body: "")
      ])
  }

  @Test("problems only the project reveals: unknown code, question, attribute; units compared")
  func projectProblems() {
    let text = """
      sarap-claims 1

      claim C1
      query: russia AND nosuch
      quantifier: most
      question: Q5а
      question: Q9
      attribute: studied-abroad=Russia
      attribute: sektor=state

      claim C2
      query: china
      quantifier: more-than C1
      unit: segments

      claim C3
      query: (russia
      quantifier: one

      """
    let problems = ClaimsFile.problems(in: text, path: "c.txt", project: Self.project)
    #expect(
      problems.map(\.description) == [
        "c.txt:4:19: in the query of C1: no code or theme with id 'nosuch'",
        "c.txt:7:11: no guide question 'Q9'",
        "c.txt:9:12: no transcript records attribute 'sektor'",
        "c.txt:13:13: more-than compares segments with C1's transcripts",
        "c.txt:17:15: in the query of C3: expected ')' to close '(' at column 1, found the end of the query",
      ])
  }

  @Test("a file that does not decode gives its decoding error alone; a sound one none")
  func problemsOfUndecodable() {
    #expect(
      ClaimsFile.problems(in: "sarap-claims 1\nx: y\n", path: "c.txt", project: Self.project)
        .map(\.description) == ["c.txt:2:1: unknown key 'x'"])
    #expect(
      ClaimsFile.problems(in: Self.version1, path: "c.txt", project: Self.project)
        .map(\.description) == [
          "c.txt:17:11: no guide question 'Q5ә'",
          "c.txt:19:12: no transcript records attribute 'sector'",
          "c.txt:24:23: in the query of C10: no code or theme with id 'west'",
          "c.txt:25:13: more-than compares segments with C2's transcripts",
        ])
    let sound = "sarap-claims 1\n\nclaim C1\nquery: russia\nquantifier: most\nquestion: Q5а\n"
    #expect(ClaimsFile.problems(in: sound, path: "c.txt", project: Self.project).isEmpty)
  }
}
