import SarapCore
import SarapEngine
import SarapTestSupport

/// The small hand-computed project most engine tests use.
///
/// Codebook: themes `russia` (codes `russia.education`, `russia.media`), `china`
/// (`china.economy`), `west` (no codes, applied directly), `turkey` (never used) and `defence`
/// (`defence.identity`, never used). Transcripts:
/// - R01 (sector state): two answers (Q1, Q2). `a` and `b` overlap in the first; `e` is `a`'s range
///   coded again under the same theme; `d` is nested inside `c` in the second; bob coded `a` too.
/// - R02 (sector ngo): `s` (west) spans both answers and the interviewer turn between them; `t`
///   (russia.media) lies at its end.
/// - R03: empty.
enum Fixture {
  static let r01 = MarkedTranscript(
    """
    [Q1] I: Сұрақ бір?

    R01: ⟨a⟩⟨e⟩Ресей ⟨b⟩білімі⟨/a⟩⟨/e⟩ және БАҚ⟨/b⟩ маңызды.

    [Q2] I: Сұрақ екі?

    R01: ⟨c⟩Қытай экономикасы ⟨d⟩өсуде⟨/d⟩.⟨/c⟩ Батыс та.

    """)

  static let r02 = MarkedTranscript(
    """
    [Q1] I: Сұрақ?

    R02: ⟨s⟩Батыс күшті.

    [Q2] I: Тағы?

    R02: Иә, ⟨t⟩Ресей⟨/t⟩⟨/s⟩ да.

    """)

  static let codebook = Codebook([
    Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
    Code(id: "russia.education", parent: "russia", nameKK: "Білім", nameEN: "Education"),
    Code(id: "russia.media", parent: "russia", nameKK: "БАҚ", nameEN: "Media"),
    Code(id: "china", nameKK: "Қытай", nameEN: "China"),
    Code(id: "china.economy", parent: "china", nameKK: "Экономика", nameEN: "Economy"),
    Code(id: "west", nameKK: "Батыс", nameEN: "West"),
    Code(id: "turkey", nameKK: "Түркия", nameEN: "Turkey"),
    Code(id: "defence", nameKK: "Қорғаныс", nameEN: "Defence"),
    Code(id: "defence.identity", parent: "defence", nameKK: "Бірегейлік", nameEN: "Identity"),
  ])

  static let guide = Guide(revisions: [
    GuideRevision(
      id: "final",
      questions: [
        GuideQuestion(id: "Q1", textKK: "Бір", textEN: "One"),
        GuideQuestion(id: "Q2", textKK: "Екі", textEN: "Two"),
        GuideQuestion(id: "Q3", textKK: "Үш", textEN: "Three"),
      ])
  ])

  static var project: Project {
    Project(
      guide: guide, codebook: codebook,
      transcripts: [
        Transcript(
          id: "R01", attributes: [Attribute(name: "sector", value: .known("state"))],
          body: TranscriptText(r01.text)),
        Transcript(
          id: "R02", attributes: [Attribute(name: "sector", value: .known("ngo"))],
          body: TranscriptText(r02.text)),
        Transcript(id: "R03", attributes: [Attribute(name: "sector", value: .unknown)], body: ""),
      ],
      codings: [
        coding("R01", r01.range("a"), "russia.education"),
        coding("R01", r01.range("a"), "russia.education", coder: "bob"),
        coding("R01", r01.range("e"), "russia.media"),
        coding("R01", r01.range("b"), "russia.media"),
        coding("R01", r01.range("c"), "china.economy"),
        coding("R01", r01.range("d"), "russia.education"),
        coding("R02", r02.range("s"), "west"),
        coding("R02", r02.range("t"), "russia.media"),
      ])
  }

  static var corpus: CodedCorpus { CodedCorpus(project) }

  static func coding(
    _ transcript: Transcript.ID, _ range: TextRange, _ code: Code.ID, coder: Coder.ID = "ana"
  ) -> Coding {
    Coding.fixture(code, range, in: transcript, coder: coder)
  }
}
