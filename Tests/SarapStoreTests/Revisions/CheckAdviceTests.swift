import Foundation
import SarapCore
import SarapEngine
import Testing

@testable import SarapStore

@Suite("sarap check says what to do about a coding whose text changed")
struct CheckAdviceTests {
  @Test("a coding a revision flagged is sent to review; one changed otherwise to review or recode")
  func advice() throws {
    let copy = try SyntheticFixtureCopy()
    let session = try copy.session()
    let revision = try TranscriptRevision(
      of: "S01", to: try copy.correctedS01(), in: session.project)
    try session.apply(revision.edit, summary: revision.summary)
    session.close()
    let flagged = try ProjectCheck.problems(in: copy.folder)
    #expect(flagged.count == 2)
    for problem in flagged {
      #expect(problem.message.contains("changed since it was coded"))
      #expect(
        problem.message.hasSuffix(
          "(flagged by a transcript revision: review with 'sarap review' or key F)"))
    }
    // Without the review notes the same codings changed outside any revision.
    try FileManager.default.removeItem(
      at: copy.url.appendingPathComponent(ProjectLayout.review))
    let unflagged = try ProjectCheck.problems(in: copy.folder)
    #expect(unflagged.map(\.path) == flagged.map(\.path))
    #expect(unflagged.map(\.line) == flagged.map(\.line))
    for problem in unflagged {
      #expect(problem.message.hasSuffix("(run 'sarap review' after a revision, or recode)"))
      #expect(!problem.message.contains("flagged by"))
    }
  }
}
