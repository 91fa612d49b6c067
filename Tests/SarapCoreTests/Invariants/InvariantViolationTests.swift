import SarapTestSupport
import Testing

@testable import SarapCore

/// Each rule of ``Project/invariantViolations()`` is caught, and counted as introduced only when
/// the project before the edit kept it (``Project/violations(introducedSince:)``, which
/// ``Project/apply(_:)`` asserts empty in debug builds).
@Suite("Project invariants")
struct InvariantViolationTests {
  static let body: TranscriptText = "R01: Ресей ықпалы зор.\n"

  static let clean = Project(
    codebook: Codebook([
      Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
      Code(id: "russia.influence", parent: "russia", nameKK: "Ықпал", nameEN: "Influence"),
    ]),
    transcripts: [
      Transcript(
        id: "R01",
        excerpts: [Excerpt(id: "E1", sourceLine: 1510, range: TextRange(start: 5, end: 11))],
        body: body)
    ],
    codings: [coding("russia", 5, 11)])

  static func coding(
    _ code: Code.ID, _ start: Int, _ end: Int, in transcript: Transcript.ID = "R01"
  )
    -> Coding
  {
    Coding.fixture(code, TextRange(start: start, end: end), in: transcript)
  }

  /// `clean` changed by `change`, bypassing ``Project/apply(_:)``.
  static func broken(_ change: (inout Project) -> Void) -> Project {
    var project = clean
    change(&project)
    return project
  }

  /// Every kind of violation, each planted into `clean` by hand.
  static let planted: [(Project.InvariantViolation, Project)] = [
    (
      .codebook(.duplicateID("russia")),
      broken {
        $0.codebook = Codebook($0.codebook.codes + [Code(id: "russia", nameKK: "", nameEN: "")])
      }
    ),
    (
      .codebook(.missingParent("china", parent: "asia")),
      broken { $0.codebook.upsert(Code(id: "china", parent: "asia", nameKK: "", nameEN: "")) }
    ),
    (
      .codebook(.malformedID("two words")),
      broken { $0.codebook.upsert(Code(id: "two words", nameKK: "", nameEN: "")) }
    ),
    (
      .codebook(.cycle("russia")),
      broken { $0.codebook.upsert(Code(id: "russia", parent: "russia", nameKK: "", nameEN: "")) }
    ),
    (
      .unknownCode(coding("china", 0, 4).key),
      broken { $0.codings.append(coding("china", 0, 4)) }
    ),
    (
      .unknownTranscript(coding("russia", 0, 4, in: "R99").key),
      broken { $0.codings.append(coding("russia", 0, 4, in: "R99")) }
    ),
    (
      .rangeOutsideTranscript(coding("russia", 5, 999).key),
      broken { $0.codings.append(coding("russia", 5, 999)) }
    ),
    (
      .duplicateCoding(coding("russia", 5, 11).key),
      broken { $0.codings.append(coding("russia", 5, 11)) }
    ),
    (
      .duplicateTranscript("R01"),
      broken { $0.transcripts.append(Transcript(id: "R01", body: "other")) }
    ),
    (
      .excerptOutsideTranscript("R01", "E2"),
      broken {
        $0.transcripts[0].excerpts.append(
          Excerpt(id: "E2", sourceLine: 1, range: TextRange(start: 0, end: 500)))
      }
    ),
  ]

  @Test("the clean fixture breaks no rule")
  func cleanFixtureIsClean() {
    #expect(Self.clean.invariantViolations() == [])
  }

  @Test("each kind of violation is caught and named", arguments: 0..<planted.count)
  func eachViolationIsCaught(_ index: Int) {
    let (violation, project) = Self.planted[index]
    #expect(project.invariantViolations().contains(violation))
    #expect(project.violations(introducedSince: Self.clean).contains(violation))
  }

  @Test("the planted cases cover every kind of violation")
  func plantedCoverEveryKind() {
    #expect(Set(Self.planted.map { Self.kind(of: $0.0) }).count == Self.kindCount)
  }

  /// A violation's kind; the switch stops compiling when a kind is added, so the count follows.
  static func kind(of violation: Project.InvariantViolation) -> String {
    switch violation {
    case .codebook(.duplicateID): "duplicateID"
    case .codebook(.missingParent): "missingParent"
    case .codebook(.cycle): "cycle"
    case .codebook(.malformedID): "malformedID"
    case .unknownCode: "unknownCode"
    case .unknownTranscript: "unknownTranscript"
    case .rangeOutsideTranscript: "rangeOutsideTranscript"
    case .duplicateCoding: "duplicateCoding"
    case .duplicateTranscript: "duplicateTranscript"
    case .excerptOutsideTranscript: "excerptOutsideTranscript"
    }
  }

  static let kindCount = 10

  @Test("a rule already broken before an edit is not blamed on it")
  func preexistingViolationIsNotIntroduced() {
    let before = Self.planted[6].1
    var after = before
    after.description.title = "renamed"
    #expect(
      after.invariantViolations() == [.rangeOutsideTranscript(Self.coding("russia", 5, 999).key)])
    #expect(after.violations(introducedSince: before) == [])
  }

  @Test("apply refuses a revised text that would leave a coding outside it")
  func shorterBodyUnderACodingIsRefused() {
    var project = Self.clean
    var shorter = project.transcripts[0]
    shorter.body = "R01: Ре"
    shorter.excerpts = []
    #expect(
      throws: ProjectError.rangeOutsideTranscript("R01", TextRange(start: 5, end: 11), length: 7)
    ) {
      try project.apply(.replaceTranscript(old: Self.clean.transcripts[0], new: shorter))
    }
    #expect(project == Self.clean)
  }

  @Test("apply refuses a transcript whose excerpt lies outside its text")
  func excerptOutsideIsRefused() {
    var project = Self.clean
    let range = TextRange(start: 0, end: 50)
    let added = Transcript(
      id: "R02", excerpts: [Excerpt(id: "E9", sourceLine: 1, range: range)], body: "short")
    #expect(throws: ProjectError.rangeOutsideTranscript("R02", range, length: 5)) {
      try project.apply(.addTranscript(added))
    }
    #expect(project == Self.clean)
  }

  @Test("a memo edit on a transcript already broken by hand is still accepted")
  func memoOnBrokenTranscriptIsAccepted() throws {
    var project = Self.planted[6].1
    var memo = project.transcripts[0]
    memo.memo = "checked"
    try project.apply(.replaceTranscript(old: project.transcripts[0], new: memo))
    #expect(project.transcripts[0].memo == "checked")
  }

  #if DEBUG
    @Test("a debug build stops at an edit that breaks a rule")
    func debugBuildStopsOnIntroducedViolation() async {
      await #expect(processExitsWith: .failure) {
        let before = InvariantViolationTests.clean
        let after = InvariantViolationTests.planted[0].1
        after.assertInvariants(after: .batch([]), from: before)
      }
    }
  #endif
}
