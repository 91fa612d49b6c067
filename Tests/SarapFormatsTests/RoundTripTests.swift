import SarapCore
import SarapTestSupport
import Testing

@testable import SarapFormats

@Suite("Project file round trips")
struct RoundTripTests {
  @Test("a canonical transcript decodes to its values and re-encodes to the same bytes")
  func transcript() throws {
    let text = FormatFixtures.transcript
    let transcript = try TranscriptFile.decode(text, path: "Transcripts/R07.txt")
    #expect(transcript.id == "R07")
    #expect(transcript.guideRevision == "final")
    #expect(transcript.attributes.map(\.value) == [.known("Russia"), .unknown])
    #expect(transcript.attributes.first?.source == "dissertation line 1806")
    #expect(transcript.excerpts.last?.repeatOf == "R03/E2")
    #expect(transcript.memo == "free text, may continue\non indented lines\n\nafter an empty line")
    #expect(transcript.body.string.hasPrefix("[Q2а] I: Қандай"))
    #expect(transcript.body.string.hasSuffix("бар.\n"))
    #expect(TranscriptFile.encode(transcript) == text)
    #expect(try TranscriptFile.decode(TranscriptFile.encode(transcript), path: "R07") == transcript)
  }

  @Test("the body is everything after the separator, including a line that reads ---")
  func bodyIsVerbatim() throws {
    let body = "---\nid: not a header\n  indented\n\n"
    let text = "sarap-transcript 1\nid: T\ninterviewer: I\n---\n" + body
    let transcript = try TranscriptFile.decode(text, path: "T.txt")
    #expect(transcript.body.string == body)
    #expect(TranscriptFile.encode(transcript) == text)
  }

  @Test("a codebook keeps order, hierarchy and multi-line definitions")
  func codebook() throws {
    let codebook = try CodebookFile.decode(FormatFixtures.codebook, path: "codebook.txt")
    #expect(codebook.codes.map(\.id) == ["russia", "russia.education", "china"])
    #expect(codebook["russia.education"]?.parent == "russia")
    #expect(
      codebook["russia"]?.definition == "Apply when Russia is named;\ndo not apply to the USSR.")
    #expect(codebook["russia"]?.colour == Colour(red: 0xC0, green: 0x39, blue: 0x2B))
    #expect(CodebookFile.encode(codebook) == FormatFixtures.codebook)
  }

  @Test("codings keep coder, escapes and canonical order")
  func codings() throws {
    let codings = try CodingsFile.decode(FormatFixtures.codings, path: "codings/ana.txt")
    #expect(codings.count == 3)
    #expect(codings.allSatisfy { $0.coder == "Ana Kim" })
    #expect(codings[1].memo == "a memo\twith a tab\nand \\ a line")
    #expect(codings[1].range == TextRange(start: 120, end: 530))
    #expect(codings[1].fingerprint.hex == "1f3a9c0b")
    #expect(CodingsFile.encode(coder: "Ana Kim", codings: codings) == FormatFixtures.codings)
  }

  @Test("a codings file written as bytes is each coding's line joined, and reads back the same")
  func codingsBytes() throws {
    var random = SeededGenerator(seed: 20_261_203)
    let pieces = ["R07", "Ресей", "Қытай", "a\\b", "tab\there", "line\nbreak", "жұмсақ күш", ""]
    var codings: [Coding] = []
    for index in 0..<400 {
      let start = Int.random(in: 0...2_000_000_000, using: &random)
      let length = [0, 1, 9, 10, 99, 100, 12_345].randomElement(using: &random) ?? 0
      codings.append(
        Coding(
          transcript: Transcript.ID("T\(index % 7)"),
          range: TextRange(start: start, end: start + length),
          code: Code.ID(["russia", "china.media", "қорғаныс"][index % 3]), coder: "Әлия",
          time: Timestamp("2026-12-03T10:\(10 + index % 50):00Z"),
          fingerprint: TextFingerprint(value: UInt32.random(in: 0...UInt32.max, using: &random)),
          memo: pieces.randomElement(using: &random) ?? ""))
    }
    codings.sort { $0.key < $1.key }
    let text = CodingsFile.encode(coder: "Әлия", codings: codings)
    let expected =
      "sarap-codings 1\ncoder: Әлия\n" + codings.map { CodingLine.encode($0) + "\n" }.joined()
    #expect(text == expected)
    #expect(try CodingsFile.decode(text, path: "c.txt") == codings)
  }

  @Test("codings written out of order are read and written back in canonical order")
  func codingsCanonicalOrder() throws {
    let lines = FormatFixtures.codings.split(separator: "\n").map(String.init)
    let shuffled = ([lines[0], lines[1], lines[4], lines[2], lines[3]]).joined(separator: "\n")
    let codings = try CodingsFile.decode(shuffled + "\n", path: "c.txt")
    #expect(CodingsFile.encode(coder: "Ana Kim", codings: codings) == FormatFixtures.codings)
  }

  @Test("a guide keeps revisions, notes and replaced questions")
  func guide() throws {
    let guide = try GuideFile.decode(FormatFixtures.guide, path: "guide.txt")
    #expect(guide.revisions.map(\.id) == ["pilot", "final"])
    #expect(guide.revisions[0].note == "The pilot wording is not published.")
    #expect(guide.latest?.questions.map(\.id) == ["Q1", "Q1а"])
    #expect(guide.latest?.questions[0].note == "reworded after the pilots")
    #expect(guide.latest?.questions[1].replaces == ["Q3", "Q4"])
    #expect(GuideFile.encode(guide) == FormatFixtures.guide)
  }

  @Test("a project description keeps facts with their sources")
  func description() throws {
    let description = try ProjectDescriptionFile.decode(
      FormatFixtures.description, path: "project.txt")
    #expect(description.title == "Soft power in Kazakhstan: 15 expert interviews")
    #expect(description.facts.map(\.name) == ["respondents", "pilot-wording"])
    #expect(description.facts[1].value == .unknown)
    #expect(description.text == "free text\ncontinued on indented lines")
    #expect(ProjectDescriptionFile.encode(description) == FormatFixtures.description)
  }

  @Test("values survive encode then decode", arguments: ["", "a", "x\n\ny", " lead", "trail "])
  func valuesSurvive(_ memo: String) throws {
    let code = Code(id: "c", nameKK: memo, nameEN: "e", definition: memo, memo: memo)
    let codebook = Codebook([code])
    #expect(try CodebookFile.decode(CodebookFile.encode(codebook), path: "c") == codebook)
    let coding = Coding(
      transcript: "T", range: TextRange(start: 0, end: 1), code: "c", coder: "a",
      time: Timestamp("2026-01-01T00:00:00Z"), fingerprint: TextFingerprint(of: "x"),
      memo: memo + "\\\t\r")
    let text = CodingsFile.encode(coder: "a", codings: [coding])
    #expect(try CodingsFile.decode(text, path: "c") == [coding])
  }
}
