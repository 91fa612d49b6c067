import SarapCore
import SarapEngine
import SarapTestSupport
import TerminalKit

@testable import Workbench

/// A SYNTHETIC project for the revision screens: the synthetic pilot and main guide, and one
/// invented interview (S01) revised so that two of its codings are flagged.
enum RevisionsFixture {
  static let body = """
    [Q1] I: Сіз қанша жиі кітап оқисыз?

    S01: Аптасына екі-үш рет оқимын, көбіне кешке.

    [Q4а] I: Кітапты кітапханадан аласыз ба?

    S01: Иә, аудандық кітапханаға айына бір барамын.

    """

  static let corrected = body.replacingOccurrences(of: "екі-үш", with: "үш-төрт")
    .replacingOccurrences(of: "аудандық", with: "қалалық")
    .replacingOccurrences(of: "көбіне кешке.", with: "көбіне кешке. Демалыста да.")

  static let codes = [
    Code(id: "habits", nameKK: "Оқу әдеті", nameEN: "Reading habits"),
    Code(id: "evening", parent: "habits", nameKK: "Кешкі оқу", nameEN: "Evening reading"),
    Code(id: "library", nameKK: "Кітапхана", nameEN: "Library"),
  ]

  /// The project before the revision.
  static var original: Project {
    let text = TranscriptText(body)
    func coding(_ needle: String, _ code: Code.ID) -> Coding {
      Coding.fixture(
        code, quoting: needle, in: "S01", body: text, coder: "demo", time: Fixture.time)
    }
    return Project(
      guide: SyntheticGuide.guide, codebook: Codebook(codes),
      transcripts: [Transcript(id: "S01", guideRevision: "main", body: text)],
      codings: [
        coding("Аптасына екі-үш рет оқимын", "habits"), coding("көбіне кешке", "evening"),
        coding("аудандық кітапханаға айына бір барамын", "library"),
      ])
  }

  /// The revision of S01 to the corrected text.
  static var revision: TranscriptRevision {
    get throws { try TranscriptRevision(of: "S01", to: corrected, in: original) }
  }

  /// The state after the revision was saved: the review notes loaded, as `sarap` does.
  static func state(size: Size) throws -> AppState {
    var project = original
    let revision = try revision
    try project.apply(revision.edit)
    var state = AppState(project: project, projectName: "synthetic", coder: "ana", size: size)
    state.revisions.notes = revision.reviewNotes(revision: "S01.1", time: Fixture.time)
    return state
  }
}
