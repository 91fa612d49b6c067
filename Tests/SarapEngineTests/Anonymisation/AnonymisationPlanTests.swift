import SarapCore
import SarapEngine
import SarapTestSupport
import Testing

/// Applying accepted replacements: the text, the codings re-anchored, the edit undone.
///
/// The respondent and the institute are invented.
@Suite("Anonymisation plan: replacements and re-anchored codings")
struct AnonymisationPlanTests {
  static let body = TranscriptText(
    "R1: Мен Асқар Бекұлы, Алматыда тұрамын. Асқар Бекұлының досы Ақжелкен институтында істейді.")

  static func project(_ codings: [Coding]) -> Project {
    Project(
      codebook: Codebook([
        Code(id: "who", nameKK: "Кім", nameEN: "Who"),
        Code(id: "work", nameKK: "Жұмыс", nameEN: "Work"),
      ]),
      transcripts: [Transcript(id: "R01", body: body)], codings: codings)
  }

  static let key = AnonymisationKey(entries: [
    .init(text: "Асқар Бекұлы", kind: .person, decision: .accept(pseudonym: "[АДАМ-1]")),
    .init(text: "Алматы", kind: .city, decision: .accept(pseudonym: "[ҚАЛА-1]")),
    .init(text: "Ақжелкен институтында", kind: .organisation, decision: .keep),
  ])

  @Test("every occurrence is replaced, a Kazakh ending stays, kept texts stay")
  func text() throws {
    let plan = AnonymisationPlan(project: Self.project([]), key: Self.key)
    #expect(
      plan.transcripts.map(\.new.body.string) == [
        "R1: Мен [АДАМ-1], [ҚАЛА-1]да тұрамын. [АДАМ-1]ның досы Ақжелкен институтында істейді."
      ])
    #expect(plan.summary == "anonymise R01: 3 replacement(s)")
  }

  @Test("codings: containing, exactly on, cut by, after and before a replacement")
  func codings() throws {
    let body = Self.body
    let containing = Coding.fixture(
      "who", quoting: "Мен Асқар Бекұлы, Алматыда", in: "R01", body: body)
    let exact = Coding.fixture("work", quoting: "Асқар Бекұлы", in: "R01", body: body)
    let cut = Coding.fixture("who", quoting: "Бекұлының досы", in: "R01", body: body)
    let after = Coding.fixture("work", quoting: "институтында істейді", in: "R01", body: body)
    let before = Coding.fixture("work", quoting: "R1: Мен", in: "R01", body: body)
    var project = Self.project([containing, exact, cut, after, before])
    let original = project
    let plan = AnonymisationPlan(project: project, key: Self.key)
    try project.apply(plan.edit)
    let texts = project.codings.map { coding in
      let text = project.transcript("R01")?.body[coding.range] ?? ""
      return "\(coding.code):\(text):\(TextFingerprint(of: text) == coding.fingerprint)"
    }
    #expect(
      Set(texts) == [
        "who:Мен [АДАМ-1], [ҚАЛА-1]да:true", "work:[АДАМ-1]:true", "who:[АДАМ-1]ның досы:true",
        "work:институтында істейді:true", "work:R1: Мен:true",
      ])
    #expect(plan.transcripts.first?.widened.count == 1)
    #expect(plan.transcripts.first?.unchanged == [before])
    try project.apply(plan.edit.inverse)
    #expect(project == original)
  }

  @Test("an accepted age is replaced where it is an age, not wherever the number occurs")
  func contextual() throws {
    let body = TranscriptText("R1: Мен 47 жастамын. Бізде 47 адам жұмыс істейді.")
    let project = Project(transcripts: [Transcript(id: "R01", body: body)])
    let key = AnonymisationKey(entries: [
      .init(text: "47", kind: .age, decision: .accept(pseudonym: "[ЖАС-1]"))
    ])
    let plan = AnonymisationPlan(project: project, key: key)
    #expect(
      plan.transcripts.map(\.new.body.string) == [
        "R1: Мен [ЖАС-1] жастамын. Бізде 47 адам жұмыс істейді."
      ])
  }

  @Test("no accepted text, or none that occurs: nothing to do")
  func empty() {
    #expect(AnonymisationPlan(project: Self.project([]), key: AnonymisationKey()).isEmpty)
    let absent = AnonymisationKey(entries: [
      .init(text: "Тараз", kind: .city, decision: .accept(pseudonym: "[ҚАЛА-9]"))
    ])
    #expect(AnonymisationPlan(project: Self.project([]), key: absent).isEmpty)
  }

  @Test("pseudonyms are suggested by kind and number, skipping those in use")
  func suggestions() {
    #expect(Self.key.suggestedPseudonym(for: .person) == "[АДАМ-2]")
    #expect(Self.key.suggestedPseudonym(for: .organisation) == "[ҰЙЫМ-1]")
    let candidates = AnonymisationScan.candidates(in: Self.project([]))
    #expect(Self.key.suggestions(for: candidates).isEmpty)
    #expect(
      AnonymisationKey().suggestions(for: candidates) == [
        "Асқар Бекұлы": "[АДАМ-1]", "Алматы": "[ҚАЛА-1]", "Ақжелкен институтында": "[ҰЙЫМ-1]",
      ])
  }
}
