import SarapCore
import SarapTestSupport

/// A small two-respondent project in Kazakh with every kind of object REFI-QDA carries.
enum REFIFixture {
  static let bodyR01: TranscriptText = """
    [Q1] I: Жұмсақ күш туралы не ойлайсыз?

    R01: Ресей ықпалы «әлі де» зор. Қытайдың ықпалы өсуде.

    """

  static let bodyR02: TranscriptText = "R02: Түркия мен Батыс, 🇰🇿 жастар.\n"

  static func project() -> Project {
    let codebook = Codebook([
      Code(
        id: "ru", nameKK: "Ресей", nameEN: "Russia", definition: "Apply when Russia is named.",
        colour: Colour(red: 0xC0, green: 0x39, blue: 0x2B), memo: "Theme memo & <notes>"),
      Code(
        id: "ru.infl", parent: "ru", nameKK: "Ықпал", nameEN: "Influence",
        colour: Colour(red: 0xE7, green: 0x4C, blue: 0x3C)),
      Code(id: "china", nameKK: "Қытай", nameEN: "China"),
      Code(id: "youth", nameKK: "Жастар", nameEN: "Жастар"),
    ])
    let transcripts = [
      Transcript(
        id: "R01", title: "Respondent 1", guideRevision: "final",
        attributes: [
          Attribute(name: "studied-in", value: .known("Russia"), source: "dissertation line 1806"),
          Attribute(name: "state-service", value: .unknown),
        ],
        excerpts: [
          Excerpt(
            id: "E1", sourceLine: 1771, range: bodyR01.firstRange(of: "Қытайдың ықпалы өсуде.")),
          Excerpt(
            id: "E2", sourceLine: 1804, range: bodyR01.firstRange(of: "Ресей ықпалы «әлі де» зор"),
            repeatOf: "E1"),
        ], memo: "Answered in writing.\nSecond line.", body: bodyR01),
      Transcript(
        id: "R02", attributes: [Attribute(name: "studied-in", value: .known("Turkey"))],
        body: bodyR02),
    ]
    return Project(
      description: ProjectDescription(
        title: "Soft power", text: "Fifteen expert interviews.",
        facts: [Attribute(name: "respondents", value: .known("15"), source: "line 48")]),
      codebook: codebook, transcripts: transcripts,
      codings: [
        coding("R01", "Ресей ықпалы «әлі де» зор", code: "ru", memo: "a \"quoted\" memo"),
        coding("R01", "ықпалы", code: "ru.infl"),
        coding("R01", "Қытайдың ықпалы өсуде.", code: "china", coder: "bota"),
        coding("R02", "🇰🇿 жастар", code: "youth"),
      ])
  }

  /// A coding of the first occurrence of `quote` in a transcript of ``project()``.
  static func coding(
    _ transcript: Transcript.ID, _ quote: String, code: Code.ID, coder: Coder.ID = "ana",
    memo: String = ""
  ) -> Coding {
    Coding.fixture(
      code, quoting: quote, in: transcript, body: transcript == "R01" ? bodyR01 : bodyR02,
      coder: coder, time: Timestamp("2026-11-26T17:05:00Z"), memo: memo)
  }
}
