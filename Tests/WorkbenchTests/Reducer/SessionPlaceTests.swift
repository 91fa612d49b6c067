import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Reopening returns to where the coder left off.
@Suite("Session memory: the transcript, position and screen a coder left")
struct SessionPlaceTests {
  @Test("a place survives its file: transcript, cursor, pane, screen, query and filter")
  func roundTrip() throws {
    let place = SessionPlace(
      transcript: "R07", cursor: 120, focus: .codebook, screen: .retrieval,
      query: "russia AND china", filter: "coder ana attribute \"sector=state service\"")
    #expect(place.fileText.hasPrefix("sarap-session 1\ntranscript\tR07\ncursor\t120\n"))
    #expect(try SessionPlace.read(place.fileText).get() == place)
  }

  @Test("resuming opens the transcript at the cursor and the screen that was in front")
  func resumes() throws {
    var state = Fixture.state()
    let offset = Fixture.range(of: "Түркияның", in: Fixture.r07Body).start
    state.openTranscript("R01")
    state.resume(SessionPlace(transcript: "R07", cursor: offset, screen: .retrieval, query: "west"))
    #expect(state.reader.document?.transcriptID == "R07")
    #expect(state.reader.cursor == offset)
    #expect(state.mode == .retrieval)
    #expect(state.retrieval.query == "west")
    #expect(state.sessionPlace.screen == .retrieval)
    #expect(state.sessionPlace.cursor == offset)
  }

  @Test("an unreadable file is named with its line, and nothing moves")
  func unreadableNamesLine() {
    let text = "sarap-session 1\ntranscript\tR07\ncursor\tlots\n"
    guard case .failure(let problem) = SessionPlace.read(text) else {
      Issue.record("expected a problem")
      return
    }
    #expect(problem.line == 3)
    var state = Fixture.state()
    state.sessionPlaceUnreadable(path: ".sarap/session-ana.txt", problem)
    #expect(
      state.status == .error("Not resumed: .sarap/session-ana.txt:3:1: cursor must be a number"))
  }

  @Test("a transcript removed since is skipped")
  func missingTranscriptSkipped() {
    var state = Fixture.state()
    state.resume(SessionPlace(transcript: "R99", cursor: 5))
    #expect(state.reader.document?.transcriptID == "R07")
  }

  @Test("the filter is remembered and resumed; one the project no longer matches is named")
  func resumesFilter() {
    var state = Fixture.state()
    state.applyFilter("coder ana question Q2а")
    let place = state.sessionPlace
    #expect(place.filter == "coder ana question Q2а")
    var reopened = Fixture.state()
    reopened.resume(place)
    #expect(reopened.filter == state.filter)
    var stale = Fixture.state()
    stale.resume(SessionPlace(transcript: "R07", filter: "coder bob"))
    #expect(stale.filter == .all)
    #expect(
      stale.status
        == .error("Filter not resumed: no coder bob (coders: ana, dissertation)"))
  }
}
