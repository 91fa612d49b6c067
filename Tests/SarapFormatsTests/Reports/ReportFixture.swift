import SarapCore
import SarapEngine
import SarapFormats
import SarapTestSupport

/// A two-transcript project for report-format tests: R01 has Russia (two overlapping codes) and
/// China; R02 has one Russia coding whose text holds a comma, a quote and a line break; R03 is
/// empty.
enum ReportFixture {
  static let r01: TranscriptText = "[Q1] I: Сұрақ?\n\nR01: Ресей білімі, БАҚ. Қытай.\n"
  static let r02: TranscriptText = "[Q2] I: Тағы?\n\nR02: \"Ресей\", иә\nдеді.\n"

  static let codebook = Codebook([
    Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
    Code(id: "russia.education", parent: "russia", nameKK: "Білім", nameEN: "Education"),
    Code(id: "russia.media", parent: "russia", nameKK: "БАҚ", nameEN: "Media"),
    Code(id: "china", nameKK: "Қытай", nameEN: "China"),
    Code(id: "china.media", parent: "china", nameKK: "БАҚ", nameEN: "Media"),
  ])

  static var project: Project {
    Project(
      codebook: codebook,
      transcripts: [
        Transcript(
          id: "R01", attributes: [Attribute(name: "sector", value: .known("state"))], body: r01),
        Transcript(id: "R02", attributes: [Attribute(name: "sector", value: .unknown)], body: r02),
        Transcript(id: "R03", body: ""),
      ],
      codings: [
        coding("R01", 21, 33, "russia.education"),
        coding("R01", 27, 38, "russia.media"),
        coding("R01", 40, 45, "china"),
        coding("R02", 20, 37, "russia.media", coder: "bob"),
      ])
  }

  static var corpus: CodedCorpus { CodedCorpus(project) }

  static func labels(_ language: Language) -> ReportLabels {
    ReportLabels(language: language, codebook: codebook)
  }

  static func coding(
    _ transcript: Transcript.ID, _ start: Int, _ end: Int, _ code: Code.ID, coder: Coder.ID = "ana"
  ) -> Coding {
    Coding.fixture(code, TextRange(start: start, end: end), in: transcript, coder: coder)
  }
}
