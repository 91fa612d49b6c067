import SarapCore
import SarapTestSupport
import Testing

@testable import SarapEngine

@Suite("Reports by question use the latest revision's ids")
struct QuestionBreakdownTests {
  @Test("a pilot interview's answers are counted under the main revision's question ids")
  func pilotAnswersMapped() throws {
    let body: TranscriptText = "[Q6] I: Кім оқып берді?\n\nP1: Әжем оқып беретін.\n"
    let project = Project(
      guide: SyntheticGuide.guide,
      codebook: Codebook([Code(id: "family", nameKK: "Отбасы", nameEN: "Family")]),
      transcripts: [Transcript(id: "P1", guideRevision: "pilot", body: body)],
      codings: [
        Coding(
          transcript: "P1", range: TextRange(start: 30, end: 35), code: "family", coder: "ana",
          time: Timestamp("2031-01-01T00:00:00Z"), fingerprint: TextFingerprint(value: 0))
      ])
    let corpus = CodedCorpus(project)
    #expect(corpus.segments.map(\.question) == ["Q2"])
  }
}
