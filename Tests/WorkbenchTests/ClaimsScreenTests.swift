import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The claims screen, a claim's evidence, and a retrieval turned into a claim.
@Suite("Claims screen")
struct ClaimsScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// The fixture's claims: the West in every transcript (R01, R07: supported), China in most
  /// (R07 alone, 1 of 2: not supported), Russia under question Q2а (R07: supported) and Russian
  /// media in one transcript (R07: supported).
  static let ledger = ClaimLedger(claims: [
    Claim(
      id: "C1", source: "fixture line 1", wordingKK: "Барлық сарапшылар Батысты атады.",
      wordingEN: "Every expert named the West.", query: "west", quantifier: .word("all")),
    Claim(
      id: "C2", source: "fixture line 2", wordingEN: "Most experts named China.", query: "china",
      quantifier: .word("most")),
    Claim(
      id: "C3", wordingEN: "One expert named Russia among the influential states.",
      query: "russia", quantifier: .word("one"), questions: ["Q2а"]),
    Claim(
      id: "C10", wordingEN: "One expert spoke of Russian media.", query: "russia.media",
      quantifier: .word("one")),
  ])

  /// The fixture project with ``ledger``, R07 open in the reader.
  static func state(_ size: Size = Size(width: 80, height: 24)) throws -> AppState {
    var project = Fixture.project
    try project.apply(.replaceClaims(old: ClaimLedger(), new: ledger))
    var state = AppState(project: project, projectName: "soft-power", coder: "ana", size: size)
    state.focus = .reader
    state.openTranscript("R07")
    return state
  }

  @Test("K lists the claims with verdict badges, counts, thresholds and wording", arguments: sizes)
  func claimsScreen(_ size: Size) throws {
    var store = TestStore(try Self.state(size))
    store.press(.c("K"))
    #expect(store.state.mode == .claims)
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines[0].hasPrefix("Claims: 3 of 4 supported"))
    #expect(lines[1].hasPrefix(" ok  C1    2/2 all: at least 2"))
    #expect(lines[2].hasPrefix(" no  C2    1/2 most: at least 2"))
    #expect(lines[2].contains("Most experts named China."))
    #expect(lines.contains { $0.hasPrefix("C1: west, counting transcripts") })
    assertSnapshot(WorkbenchScreen.render(store.state), named: "claims-\(size)")
  }

  @Test("L shows the wording in the other language; a claim with only one shows that one")
  func language() throws {
    var store = TestStore(try Self.state())
    store.press(.c("K"))
    #expect(
      WorkbenchScreen.render(store.state).plainLines()[1].contains(
        "Барлық сарапшылар Батысты атады."))
    store.press(.c("L"))
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines[1].contains("Every expert named the West."))
    #expect(lines[2].contains("Most experts named China."))
  }

  @Test("Enter lists the selected claim's evidence; Enter on a segment opens it in the reader")
  func evidenceAndJump() throws {
    var store = TestStore(try Self.state())
    store.press(.c("K"), .c("j"), .enter)
    #expect(store.state.mode == .retrieval)
    #expect(store.state.retrieval.claim == "C2")
    #expect(store.state.retrieval.query == "china")
    #expect(store.state.retrieval.hits.map(\.transcript) == ["R07", "R07"])
    #expect(
      store.state.status
        == StatusMessage("C2 not supported: 1 of 2 (most: at least 2), needs 1 transcript more"))
    let hit = store.state.retrieval.hits[0]
    store.press(.enter)
    #expect(store.state.mode == .browsing)
    #expect(store.state.reader.document?.transcriptID == "R07")
    #expect(store.state.reader.cursor == hit.range.start)
  }

  @Test("the evidence list at 80x24 and 120x40", arguments: sizes)
  func evidenceSnapshot(_ size: Size) throws {
    var store = TestStore(try Self.state(size))
    store.press(.c("K"), .c("j"), .enter)
    assertSnapshot(WorkbenchScreen.render(store.state), named: "claim-evidence-\(size)")
  }

  @Test(
    "a claim's evidence keeps its scope: question Q2а leaves out R07's Q1 passage, even after an edit"
  )
  func scopedEvidence() throws {
    var store = TestStore(try Self.state())
    store.press(.c("K"), .c("j"), .c("j"), .enter)
    #expect(store.state.retrieval.claim == "C3")
    #expect(store.state.retrieval.hits.map(\.question) == ["Q2а"])
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines[0].hasPrefix("Evidence of C3: russia within question Q2а  1 segments"))
    var saved = store.state.project
    try saved.apply(.addCoding(Fixture.coding("russia.media", "Түркияның да рөлі", coder: "ana")))
    _ = store.state.reduce(.editSaved(saved, summary: "coded"), now: Fixture.time)
    #expect(store.state.retrieval.claim == "C3")
    #expect(store.state.retrieval.hits.map(\.question) == ["Q2а", "Q2а"])
  }

  @Test("n on the retrieval screen turns the query into a claim with the typed wording")
  func retrievalBecomesClaim() throws {
    var store = TestStore(try Self.state())
    store.state.retrieve("russia.language")
    store.press(.c("n"))
    #expect(
      WorkbenchScreen.render(store.state).plainLines().contains {
        $0.contains("Claim on russia.language: its wording")
      })
    store.type("Several experts named the Russian language.")
    let outcome = store.press(.control("s"))
    let old = store.state.project.claims
    var new = old
    new.insert(
      Claim(
        id: "C11", wordingEN: "Several experts named the Russian language.",
        query: "russia.language", quantifier: .word("several")))
    let edit = ProjectEdit.replaceClaims(old: old, new: new)
    #expect(
      outcome == .persist(.apply(edit, summary: "add claim C11 (several): russia.language")))
    var saved = store.state.project
    try saved.apply(edit)
    _ = store.state.reduce(.editSaved(saved, summary: "add claim C11"), now: Fixture.time)
    store.press(.c("K"), .c("G"))
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(lines[0].hasPrefix("Claims: 3 of 5 supported"))
    #expect(lines[5].hasPrefix(" no  C11   1/2 several: at least 3"))
  }

  @Test("n is refused with a reason: on a claim's evidence, with no query, read-only")
  func newClaimRefused() throws {
    var store = TestStore(try Self.state())
    store.press(.c("K"), .enter, .c("n"))
    #expect(store.state.mode == .retrieval)
    #expect(store.state.status == .error("These segments are C1's evidence already"))
    var readOnly = try Self.state()
    readOnly.isReadOnly = true
    readOnly.retrieve("west")
    var refused = TestStore(readOnly)
    refused.press(.c("n"))
    #expect(refused.state.mode == .retrieval)
    #expect(refused.state.status == .error("Read-only: the project was opened with --read-only"))
  }

  @Test("a blank wording saves nothing and says why")
  func blankWording() throws {
    var store = TestStore(try Self.state())
    store.state.retrieve("west")
    store.press(.c("n"))
    store.type("   ")
    #expect(store.press(.control("s")) == .redraw)
    #expect(store.state.status == .error("Not saved: a claim needs its wording"))
    #expect(store.state.project.claims == Self.ledger)
  }

  @Test("the claims screen's selection stays in the ledger when an undo removes the last claim")
  func selectionAfterUndo() throws {
    var store = TestStore(try Self.state())
    store.press(.c("K"), .c("G"))
    #expect(store.state.claimsList.selected == 3)
    var smaller = store.state.project
    var ledger = smaller.claims
    ledger.remove("C10")
    try smaller.apply(.replaceClaims(old: smaller.claims, new: ledger))
    _ = store.state.reduce(.editUndone(smaller, summary: "add claim C10"), now: Fixture.time)
    #expect(store.state.claimsList.selected == 2)
    #expect(store.state.selectedClaimVerdict?.claim.id == "C3")
  }

  @Test("with no claims the screen says how to make one, and Enter says why it does nothing")
  func noClaims() {
    var store = TestStore(Fixture.state())
    store.press(.c("K"), .enter)
    #expect(
      store.state.status
        == .error("No claims yet: on the retrieval screen, n turns the query into a claim"))
    #expect(
      WorkbenchScreen.render(store.state).plainLines()[2].contains(
        "No claims yet. On the retrieval screen, n turns the query into a claim."))
  }

  @Test(
    "a typed wording's quantifier comes from its words",
    arguments: [
      ("Респонденттердің басым бөлігі айтты.", "most", true),
      ("Бірнеше сарапшы атап өтті.", "several", true),
      ("Кейбір сарапшылар келіспеді.", "some", true),
      ("Most experts agreed.", "most", false),
      ("Almost one expert agreed.", "one", false),
      ("No one mentioned Turkey.", "none", false),
      ("Everyone named Russia.", "all", false),
      ("A respondent said so.", "one", false),
    ])
  func draftedQuantifier(_ wording: String, _ quantifier: String, _ isKazakh: Bool) {
    let claim = Claim.drafted(id: "C5", wording: wording, query: "russia")
    #expect(claim.quantifier == .word(quantifier))
    #expect(claim.wordingKK == (isKazakh ? wording : ""))
    #expect(claim.wordingEN == (isKazakh ? "" : wording))
  }
}

/// The workbench filter and the claims: a claim's verdict and evidence are its own scope's.
@Suite("Claims under a workbench filter")
struct ClaimsFilterTests {
  @Test("under :filter the claims keep their verdicts and evidence, and both headers say so")
  func filterDoesNotApply() throws {
    var unfiltered = TestStore(try ClaimsScreenTests.state())
    unfiltered.press(.c("K"), .c("j"), .enter)
    var store = TestStore(try ClaimsScreenTests.state())
    FilterReducerTests.run("filter transcript R01", in: &store)
    #expect(store.state.filter != .all)
    store.press(.c("K"))
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(
      lines[0].hasPrefix("Claims: 3 of 4 supported (every coder's codings; :filter not applied)"))
    #expect(lines[2].hasPrefix(" no  C2    1/2 most: at least 2"))
    store.press(.c("j"), .enter)
    #expect(store.state.retrieval.hits == unfiltered.state.retrieval.hits)
    #expect(store.state.retrieval.hits.map(\.transcript) == ["R07", "R07"])
    let heading = WorkbenchScreen.render(store.state).plainLines()[0]
    #expect(heading == "Evidence of C2: china  2 segments  (:filter not applied)")
    let plain = WorkbenchScreen.render(unfiltered.state).plainLines()[0]
    #expect(plain == "Evidence of C2: china  2 segments")
  }
}
