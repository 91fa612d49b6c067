import SarapCore
import SarapEngine
import SarapTestSupport
import Testing

/// Candidates outside the transcript bodies.
///
/// Titles, attribute values, memos and code definitions, in Kazakh, Russian and English. Every
/// name here is invented.
@Suite("Anonymisation: titles, attributes, memos and definitions")
struct AnonymisationFieldTests {
  static let project = Project(
    codebook: Codebook([
      Code(
        id: "who", nameKK: "Кім", nameEN: "Who",
        definition: "Мысалы, Ерболат Сағынтайұлы туралы айтылған жерлер.",
        memo: "Not for 'Жұмсақ күш' as a phrase.")
    ]),
    transcripts: [
      Transcript(
        id: "R01", title: "Interview in Ақтөбе",
        attributes: [
          Attribute(name: "workplace", value: .known("works at the Tenir Steppe Foundation")),
          Attribute(name: "sector", value: .unknown),
        ],
        memo: "Friends call the respondent dakesh.",
        body: "R01: Мен мұғаліммін."),
      Transcript(id: "R02", title: "Respondent 2", body: "R02: Я учитель."),
    ],
    codings: [])

  static func described(_ project: Project) -> [String] {
    AnonymisationScan.fieldCandidates(
      in: project, texts: [(text: "dakesh", kind: .person)]
    ).map { "\($0.field) | \($0.text) | \($0.kind) | \($0.rule)" }
  }

  @Test("each field is scanned with the rules (not capitalised), and accepted texts as words")
  func fields() throws {
    let coding = Coding.fixture(
      "who", quoting: "Мен мұғаліммін", in: "R01", body: "R01: Мен мұғаліммін.",
      memo: "Респондент упоминает Петров Е.К. из министерства.")
    let project = Project(
      codebook: Self.project.codebook, transcripts: Self.project.transcripts, codings: [coding])
    #expect(
      Self.described(project) == [
        "R01 title | Ақтөбе | city | place",
        "R01 attribute workplace | Tenir Steppe Foundation | organisation | organisation",
        "R01 memo | dakesh | person | always",
        "R01 \(coding.range.start)-\(coding.range.end) coding memo (who, \(coding.coder)) "
          + "| Петров Е.К. | person | initials",
        "code who definition | Ерболат Сағынтайұлы | person | patronymic",
      ])
  }

  @Test("near misses: a plain title, an unknown attribute, a quoted capital, no accepted text")
  func nearMisses() {
    let project = Project(
      codebook: Codebook([
        Code(
          id: "soft", nameKK: "Жұмсақ күш", nameEN: "Soft power", memo: "See 'Жұмсақ күш' in R01.")
      ]),
      transcripts: [
        Transcript(
          id: "R01", title: "Respondent 1", attributes: [Attribute(name: "city", value: .unknown)],
          memo: "Imported from R01.txt; the older file is elsewhere.", body: "R01: Иә.")
      ])
    #expect(Self.described(project) == [])
  }
}
