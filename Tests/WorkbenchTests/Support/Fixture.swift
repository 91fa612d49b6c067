import SarapCore
import SarapTestSupport
import TerminalKit

@testable import Workbench

/// A small in-memory project for workbench tests: two Kazakh transcripts with turns and guide
/// questions, a codebook of three themes and their codes, and codings that overlap.
enum Fixture {
  static let time = Timestamp("2026-11-26T10:00:00Z")

  static let r07Body = """
    [Q1] I: Жұмсақ күш саясатының рөлін қалай бағалайсыз?

    R07: Жұмсақ күш бүгінде маңызды құрал. Ресей ықпалы әлі де зор, әсіресе орыс тілі мен бұқаралық ақпарат құралдары арқылы. Қытай экономикалық байланыстар арқылы әрекет етеді.

    [Q2а] I: Қазақстанда қандай мемлекеттердің жұмсақ күші үлкен?

    R07: Ресей, Қытай және Батыс елдері. Түркияның да рөлі өсіп келеді.

    """

  static let r01Body = """
    [Q1] I: Жұмсақ күш дегеніміз не?

    R01: Бұл тартымдылық арқылы ықпал ету. Білім беру бағдарламалары маңызды.

    """

  static let codebook = Codebook([
    Code(
      id: "russia", nameKK: "Ресей", nameEN: "Russia",
      colour: Colour(red: 0xE0, green: 0x6C, blue: 0x75)),
    Code(
      id: "russia.language", parent: "russia", nameKK: "Орыс тілі", nameEN: "Russian language",
      colour: Colour(red: 0xF0, green: 0xA0, blue: 0x50)),
    Code(
      id: "russia.media", parent: "russia", nameKK: "БАҚ", nameEN: "Media",
      colour: Colour(red: 0xE5, green: 0xC0, blue: 0x7B)),
    Code(
      id: "china", nameKK: "Қытай", nameEN: "China",
      colour: Colour(red: 0x98, green: 0xC3, blue: 0x79)),
    Code(
      id: "china.economy", parent: "china", nameKK: "Экономика", nameEN: "Economy",
      colour: Colour(red: 0x56, green: 0xB6, blue: 0xC2)),
    Code(
      id: "west", nameKK: "Батыс", nameEN: "West",
      colour: Colour(red: 0x61, green: 0xAF, blue: 0xEF)),
  ])

  static let guide = Guide(revisions: [
    GuideRevision(
      id: "final",
      questions: [
        GuideQuestion(id: "Q1", textKK: "Жұмсақ күштің рөлі", textEN: "The role of soft power"),
        GuideQuestion(id: "Q2а", textKK: "Қай мемлекеттер?", textEN: "Which states?"),
      ])
  ])

  /// The scalar range of the first occurrence of `needle` in `body`.
  static func range(of needle: String, in body: String) -> TextRange {
    TranscriptText(body).firstRange(of: needle)
  }

  static func coding(
    _ code: Code.ID, _ needle: String, in transcript: Transcript.ID = "R07",
    coder: Coder.ID = "dissertation", memo: String = ""
  ) -> Coding {
    Coding.fixture(
      code, quoting: needle, in: transcript,
      body: TranscriptText(transcript == "R07" ? r07Body : r01Body), coder: coder, time: time,
      memo: memo)
  }

  static let russiaPassage =
    "Ресей ықпалы әлі де зор, әсіресе орыс тілі мен бұқаралық ақпарат құралдары арқылы."

  static var project: Project {
    Project(
      description: ProjectDescription(title: "soft-power"), guide: guide, codebook: codebook,
      transcripts: [
        Transcript(
          id: "R01", title: "Respondent 1",
          attributes: [Attribute(name: "service", value: .known("science"))],
          body: TranscriptText(r01Body)),
        Transcript(
          id: "R07", title: "Respondent 7",
          attributes: [Attribute(name: "service", value: .known("state"))],
          body: TranscriptText(r07Body)),
      ],
      codings: [
        coding("russia", russiaPassage),
        coding("russia.language", "орыс тілі"),
        coding("russia.media", "бұқаралық ақпарат құралдары"),
        coding("china.economy", "Қытай экономикалық байланыстар арқылы әрекет етеді."),
        coding("china", "Қытай", memo: "named first"),
        coding("russia", "Ресей, Қытай және Батыс елдері.", coder: "ana"),
        coding("west", "Батыс елдері", coder: "ana"),
        coding("west", "тартымдылық арқылы ықпал ету", in: "R01"),
      ])
  }

  /// A state on the fixture project at `size`, coder `ana`, R07 open in the reader.
  static func state(size: Size = Size(width: 80, height: 24)) -> AppState {
    var state = AppState(project: project, projectName: "soft-power", coder: "ana", size: size)
    state.focus = .reader
    state.openTranscript("R07")
    return state
  }
}
