import SarapCore
import SarapEngine

/// Two coders, ana and bob, on one transcript of two answers, the second of two paragraphs.
///
/// - russia.media: ana `⟨ra⟩` (12 scalars), bob `⟨rb⟩` (16, ana's plus " зор") in answer 1.
/// - china.economy: ana `⟨c⟩` (17) in answer 2, paragraph 1; bob silent.
/// - west: ana `⟨wa⟩` (15), bob `⟨wb⟩` (5, the first word of ana's) in answer 2, paragraph 2.
/// - every other code (turkey, defence, …): neither coder.
enum AgreementFixture {
  static let text = MarkedTranscript(
    """
    [Q1] I: Сұрақ?

    R01: ⟨rb⟩⟨ra⟩Ресей ықпалы⟨/ra⟩ зор⟨/rb⟩.

    [Q2] I: Тағы?

    R01: ⟨c⟩Қытай экономикасы⟨/c⟩.

    ⟨wa⟩⟨wb⟩Батыс⟨/wb⟩ мәдениеті⟨/wa⟩.

    """)

  static var project: Project {
    Project(
      guide: Fixture.guide, codebook: Fixture.codebook,
      transcripts: [Transcript(id: "R01", body: TranscriptText(text.text))],
      codings: [
        Fixture.coding("R01", text.range("ra"), "russia.media", coder: "ana"),
        Fixture.coding("R01", text.range("rb"), "russia.media", coder: "bob"),
        Fixture.coding("R01", text.range("c"), "china.economy", coder: "ana"),
        Fixture.coding("R01", text.range("wa"), "west", coder: "ana"),
        Fixture.coding("R01", text.range("wb"), "west", coder: "bob"),
      ])
  }

  static func report(
    _ unit: AgreementUnit, by grouping: Grouping = .code, a: Coder.ID = "ana", b: Coder.ID = "bob"
  ) -> AgreementReport {
    CodedCorpus(project).agreement(between: a, and: b, by: grouping, unit: unit)
  }
}

extension AgreementReport {
  /// The figures of a key's row.
  func figures(_ key: Code.ID) -> AgreementFigures? {
    rows.first { $0.key == key }?.figures
  }
}
