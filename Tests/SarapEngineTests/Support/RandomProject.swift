import SarapCore
import SarapTestSupport

/// Random projects for property tests: a few themes with nested codes, transcripts made of
/// interviewer and respondent turns in Kazakh, Russian and English words (some empty), and
/// codings of random ranges (some empty, some identical, many overlapping) by two coders.
enum RandomProject {
  static let words = [
    "Ресей", "ықпалы", "зор", "Қытай", "әсер", "жоқ", "білім", "power", "ёлка", "ұлт",
  ]

  static func make(seed: UInt64) -> Project {
    var random = SeededGenerator(seed: seed)
    let codebook = makeCodebook(&random)
    let transcripts = (0..<Int.random(in: 1...5, using: &random)).map { index in
      makeTranscript(id: Transcript.ID("R\(index)"), &random)
    }
    var codings: [Coding] = []
    var keys: Set<Coding.Key> = []
    for _ in 0..<Int.random(in: 0...30, using: &random) {
      guard let transcript = transcripts.randomElement(using: &random),
        transcript.body.scalarCount > 0, let code = codebook.codes.randomElement(using: &random)
      else { continue }
      let length = transcript.body.scalarCount
      let start = Int.random(in: 0..<length, using: &random)
      let end = min(length, start + Int.random(in: 0...40, using: &random))
      let coding = Coding(
        transcript: transcript.id, range: TextRange(start: start, end: end), code: code.id,
        coder: Bool.random(using: &random) ? "ana" : "bob", time: Timestamp("t"),
        fingerprint: TextFingerprint(value: 0))
      if keys.insert(coding.key).inserted { codings.append(coding) }
    }
    let attributes = ["state", "ngo"]
    return Project(
      codebook: codebook,
      transcripts: transcripts.map { transcript in
        var transcript = transcript
        let value = attributes.randomElement(using: &random) ?? "state"
        transcript.attributes = [Attribute(name: "sector", value: .known(value))]
        return transcript
      }, codings: codings)
  }

  private static func makeCodebook(_ random: inout SeededGenerator) -> Codebook {
    var codes: [Code] = []
    for theme in 0..<Int.random(in: 1...4, using: &random) {
      let themeID = Code.ID("t\(theme)")
      codes.append(Code(id: themeID, nameKK: "Т\(theme)", nameEN: "T\(theme)"))
      for code in 0..<Int.random(in: 0...3, using: &random) {
        let id = Code.ID("t\(theme).c\(code)")
        codes.append(Code(id: id, parent: themeID, nameKK: "К\(code)", nameEN: "C\(code)"))
        if Bool.random(using: &random) {
          codes.append(Code(id: Code.ID("\(id).x"), parent: id, nameKK: "Х", nameEN: "X"))
        }
      }
    }
    return Codebook(codes)
  }

  private static func makeTranscript(id: Transcript.ID, _ random: inout SeededGenerator)
    -> Transcript
  {
    var body = Bool.random(using: &random) ? "preface line\n\n" : ""
    for turn in 0..<Int.random(in: 0...4, using: &random) {
      body += "[Q\(turn % 3)] I: " + sentence(&random) + "\n\n"
      for _ in 0..<Int.random(in: 1...2, using: &random) {
        body += "\(id): " + sentence(&random) + "\n" + sentence(&random) + "\n\n"
      }
    }
    return Transcript(id: id, body: TranscriptText(body))
  }

  private static func sentence(_ random: inout SeededGenerator) -> String {
    (0..<Int.random(in: 1...6, using: &random)).compactMap { _ in
      words.randomElement(using: &random)
    }.joined(separator: " ")
  }
}
