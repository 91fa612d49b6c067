import SarapCore

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
            id: "E1", sourceLine: 1771, range: range(of: "Қытайдың ықпалы өсуде.", in: bodyR01)),
          Excerpt(
            id: "E2", sourceLine: 1804, range: range(of: "Ресей ықпалы «әлі де» зор", in: bodyR01),
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
    let body = transcript == "R01" ? bodyR01 : bodyR02
    let range = range(of: quote, in: body)
    return Coding(
      transcript: transcript, range: range, code: code, coder: coder,
      time: Timestamp("2026-11-26T17:05:00Z"), fingerprint: TextFingerprint(of: quote), memo: memo)
  }

  /// The scalar range of the first occurrence of `quote` in `body`.
  static func range(of quote: String, in body: TranscriptText) -> TextRange {
    let needle = Array(quote.unicodeScalars)
    let scalars = body.scalars
    for start in 0...(scalars.count - needle.count)
    where Array(scalars[start..<(start + needle.count)]) == needle {
      return TextRange(start: start, end: start + needle.count)
    }
    fatalError("'\(quote)' is not in the fixture text")
  }
}
