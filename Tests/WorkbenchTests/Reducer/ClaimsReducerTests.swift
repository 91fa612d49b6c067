import SarapCore
import SarapEngine
import Testing

@testable import Workbench

@Suite("Claims in the workbench")
struct ClaimsReducerTests {
  /// The fixture with two claims: the West in every transcript (R01 and R07: supported) and
  /// China in at least one (R07: supported).
  static func state() throws -> AppState {
    var project = Fixture.project
    try project.apply(
      .replaceClaims(
        old: ClaimLedger(),
        new: ClaimLedger(claims: [
          Claim(id: "C1", query: "west", quantifier: .word("all")),
          Claim(id: "C2", query: "china", quantifier: .word("one")),
        ])))
    var state = AppState(
      project: project, projectName: "soft-power", coder: "ana", size: .init(width: 80, height: 24))
    state.focus = .reader
    state.openTranscript("R07")
    return state
  }

  @Test("a saved edit that flips a verdict says so on the status line, before the save message")
  func verdictChangeIsAnnounced() throws {
    var store = TestStore(try Self.state())
    #expect(store.state.analysis.claimVerdicts.map(\.isSupported) == [true, true])
    var saved = store.state.project
    try saved.apply(
      .removeCoding(Fixture.coding("west", "тартымдылық арқылы ықпал ету", in: "R01")))
    _ = store.state.reduce(.editSaved(saved, summary: "removed R01's West"), now: Fixture.time)
    #expect(
      store.state.status
        == StatusMessage(
          "C1 now not supported: 1 of 2 (all: at least 2) · Saved: removed R01's West"))
    #expect(store.state.analysis.claimVerdicts.map(\.isSupported) == [false, true])
  }

  @Test("undo flips it back and says so; an edit that changes no verdict says only what it saved")
  func undoAndUnchanged() throws {
    var store = TestStore(try Self.state())
    let original = store.state.project
    var saved = original
    try saved.apply(
      .removeCoding(Fixture.coding("west", "тартымдылық арқылы ықпал ету", in: "R01")))
    _ = store.state.reduce(.editSaved(saved, summary: "removed"), now: Fixture.time)
    _ = store.state.reduce(.editUndone(original, summary: "removed"), now: Fixture.time)
    #expect(
      store.state.status
        == StatusMessage("C1 now supported: 2 of 2 (all: at least 2) · Undone: removed"))
    var recoded = original
    try recoded.apply(.addCoding(Fixture.coding("china", "Қытай экономикалық", coder: "ana")))
    _ = store.state.reduce(.editSaved(recoded, summary: "coded China"), now: Fixture.time)
    #expect(store.state.status == StatusMessage("Saved: coded China"))
  }

  @Test("when several verdicts flip, the first is named and the rest counted")
  func severalChanges() throws {
    var project = Fixture.project
    try project.apply(
      .replaceClaims(
        old: ClaimLedger(),
        new: ClaimLedger(claims: [
          Claim(id: "C1", query: "west", quantifier: .word("all")),
          Claim(id: "C2", query: "west", quantifier: .threshold(.exactly(2))),
          Claim(id: "C3", query: "west", quantifier: .threshold(.atMost(1))),
        ])))
    var store = TestStore(
      AppState(project: project, projectName: "p", coder: "ana", size: .init(width: 80, height: 24))
    )
    var saved = project
    try saved.apply(
      .removeCoding(Fixture.coding("west", "тартымдылық арқылы ықпал ету", in: "R01")))
    _ = store.state.reduce(.editSaved(saved, summary: "removed"), now: Fixture.time)
    #expect(
      store.state.status
        == StatusMessage(
          "C1 now not supported: 1 of 2 (all: at least 2); 2 more claims changed · Saved: removed")
    )
  }
}
