import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Every row of the binding table reaches a handler that acts where its key works.
@Suite("Binding table reaches the reducer")
struct BindingReachTests {
  /// Workbench states covering every binding context, some with the cursor or selection away
  /// from the start so that backward motions can move.
  static func states() throws -> [AppState] {
    let size = Size(width: 100, height: 30)
    var reader = Fixture.state(size: size)
    var middle = reader
    _ = middle.perform(.paragraphForward, now: Fixture.time)
    _ = middle.perform(.wordForward, now: Fixture.time)
    var selecting = middle
    _ = selecting.perform(.startSelection, now: Fixture.time)
    _ = selecting.perform(.wordForward, now: Fixture.time)
    var transcripts = reader
    transcripts.focus = .transcripts
    var lastTranscript = transcripts
    _ = lastTranscript.perform(.goToBottom, now: Fixture.time)
    var codebook = reader
    codebook.focus = .codebook
    var laterCode = codebook
    _ = laterCode.perform(.moveDown, now: Fixture.time)
    var states = [reader, middle, selecting, transcripts, lastTranscript, codebook, laterCode]
    states.append(after(selecting, .focusNextPane))
    let coOccurrence = after(after(reader, .showReports), .coOccurrenceReport)
    let picker = after(reader, .jumpToQuestion)
    states += [
      after(reader, .goToBottom), after(transcripts, .goToTop), coOccurrence,
      after(coOccurrence, .moveRight), after(picker, .nextChoice),
    ]
    states += [
      after(codebook, .open), after(after(codebook, .open), .moveDown), after(reader, .showReports),
      after(after(reader, .showReports), .moveDown), after(reader, .showHelp),
      after(after(reader, .showHelp), .moveDown), after(reader, .jumpToQuestion),
      after(codebook, .newCode), after(reader, .editMemo), after(reader, .openCommandLine),
      after(codebook, .deleteCode), after(anonymous(selecting), .codeSelection),
    ]
    let agreement = after(after(reader, .showReports), .agreementReport)
    let disagreements = after(agreement, .reviewDisagreements)
    states += [
      agreement, after(agreement, .moveDown), disagreements, after(disagreements, .moveDown),
    ]
    let claims = after(try ClaimsScreenTests.state(size), .showClaims)
    states += [claims, after(claims, .moveDown), after(claims, .goToBottom)]
    let long = (1...20).map { day in
      JournalEntry(
        time: Timestamp("2026-11-\(day < 10 ? "0" : "")\(day)T08:00:00Z"), coder: "ana",
        text: "Entry \(day)")
    }
    let journal = after(try JournalScreenTests.state(size: size, entries: long), .showJournal)
    states += [journal, after(journal, .moveDown), after(journal, .goToBottom)]
    var anonymisation = AppState(
      project: AnonymisationScreenTests.project, projectName: "invented", coder: "ana", size: size)
    _ = anonymisation.perform(.showAnonymisation, now: Fixture.time)
    _ = anonymisation.reduce(.anonymisationRead(AnonymisationDecisions()), now: Fixture.time)
    states += [anonymisation, after(anonymisation, .moveDown), after(anonymisation, .goToBottom)]
    reader = try RevisionsFixture.state(size: size)
    states += [
      after(reader, .showGuideRevisions), after(after(reader, .showGuideRevisions), .goToBottom),
      after(reader, .showReview), after(after(reader, .showReview), .moveDown),
    ]
    return states
  }

  /// The state with nobody named as coder (the first edit asks for a name).
  static func anonymous(_ state: AppState) -> AppState {
    var anonymous = state
    anonymous.coder = nil
    return anonymous
  }

  static func after(_ state: AppState, _ command: Command) -> AppState {
    var changed = state
    _ = changed.perform(command, now: Fixture.time)
    return changed
  }

  /// Whether pressing the binding's first key in `state` runs the binding.
  static func isLive(_ binding: KeyBinding, in state: AppState) -> Bool {
    guard let found = KeyBinding.binding(for: binding.keys[0], in: state.activeContexts) else {
      return false
    }
    return found.context == binding.context && found.command == binding.command
  }

  @Test("every binding changes the state, asks for work, or says why it is disabled")
  func everyBindingActs() throws {
    let states = try Self.states()
    for binding in KeyBinding.table {
      let live = states.filter { Self.isLive(binding, in: $0) }
      #expect(!live.isEmpty, "\(binding.keyNames) in \(binding.context): no fixture state")
      let acts = live.contains { state in
        if binding.disabledReason(state) != nil { return true }
        var changed = state
        let outcome = changed.perform(binding.command, now: Fixture.time)
        return changed != state || !outcome.effects.isEmpty || outcome.reaction.contains(.quit)
      }
      #expect(acts, "\(binding.keyNames) (\(binding.command)) in \(binding.context) does nothing")
    }
  }

  @Test("a command outside the screen it belongs to does nothing and asks for nothing")
  func misplacedCommandIsInert() {
    var state = Fixture.state()
    let before = state
    #expect(state.perform(.acceptFlagged, now: Fixture.time) == .none)
    #expect(state.perform(.answerYes, now: Fixture.time) == .none)
    #expect(state.perform(.adoptA, now: Fixture.time) == .none)
    #expect(state.perform(.agreementReport, now: Fixture.time) == .none)
    #expect(state == before)
  }
}
