import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// The agreement report, the disagreements screen, the comparing reader, and settling into the
/// consensus coder, on the fixture's two coders (A ana, B dissertation).
@Suite("Agreement screens")
struct AgreementScreenTests {
  static let sizes = ScreenSnapshotTests.sizes

  /// The fixture with the agreement report open (R, 4).
  static func agreement(_ size: Size) -> TestStore {
    var store = ScreenSnapshotTests.readingR07(size)
    store.press(.c("R"), .c("4"))
    return store
  }

  @Test("the agreement report lists codes by agreement, lowest first", arguments: sizes)
  func agreementList(_ size: Size) throws {
    let store = Self.agreement(size)
    let report = try #require(store.state.agreementReport)
    #expect(report.coderA == "ana" && report.coderB == "dissertation")
    let agreements = report.listedRows.map { $0.figures.agreement ?? 2 }
    #expect(agreements == agreements.sorted())
    assertSnapshot(WorkbenchScreen.render(store.state), named: "agreement-\(size)")
  }

  @Test("Enter lists the selected code's disagreements with both coders' text", arguments: sizes)
  func disagreements(_ size: Size) {
    var store = Self.agreement(size)
    store.press(.enter)
    #expect(store.state.mode == .disagreements)
    #expect(!store.state.reports.agreement.disagreements.isEmpty)
    assertSnapshot(WorkbenchScreen.render(store.state), named: "disagreements-\(size)")
  }

  @Test("Enter on a disagreement opens the reader with each coder's stripes in its own columns")
  func comparingReader() throws {
    var store = Self.agreement(Size(width: 80, height: 24))
    store.press(.enter, .enter)
    #expect(store.state.modes.isEmpty && store.state.focus == .reader)
    let compared = try #require(store.state.reports.agreement.compared)
    #expect(compared.overlayA.codings.allSatisfy { $0.coder == "ana" })
    #expect(compared.overlayB.codings.allSatisfy { $0.coder == "dissertation" })
    assertSnapshot(WorkbenchScreen.render(store.state), named: "agreement-reader-80x24")
    store.press(.escape)
    #expect(store.state.reports.agreement.compared == nil)
  }

  @Test("adopting B's coding is one edit into consensus; the screen then shows it settled")
  func adoptB() throws {
    var store = Self.agreement(Size(width: 120, height: 40))
    store.press(.enter)
    let item = try #require(store.state.selectedDisagreement)
    let key = try #require(store.state.reports.agreement.key)
    let outcome = store.press(.c("b"))
    guard case .apply(.batch(let edits), let summary) = try #require(outcome.effects.first) else {
      Issue.record("expected one batch edit, got \(outcome.effects)")
      return
    }
    #expect(summary.hasPrefix("consensus: adopt dissertation's \(key) at \(item.transcript) "))
    let ofB = store.state.codings(at: item, key: key, coder: "dissertation")
    #expect(!ofB.isEmpty && edits.count == ofB.count)
    var project = store.state.project
    for edit in edits {
      guard case .addCoding(let coding) = edit else {
        Issue.record("expected additions only, got \(edit)")
        continue
      }
      #expect(coding.coder == "consensus" && coding.time == Fixture.time)
      #expect(ofB.contains { $0.range == coding.range && $0.code == coding.code })
    }
    _ = try project.apply(.batch(edits))
    store.send(.editSaved(project, summary: summary)) { state in
      state.adopt(project)
      state.status = StatusMessage("Saved: \(summary)")
    }
    #expect(
      DisagreementsScreen.settled(item, pair: ("ana", "dissertation"), state: store.state) == "B")
    #expect(store.press(.c("b")).effects.isEmpty)
    #expect(store.state.status == StatusMessage("consensus already has that here"))
    let neither = store.press(.c("n"))
    guard case .apply(.batch(let removals), _) = try #require(neither.effects.first) else {
      Issue.record("expected a batch edit")
      return
    }
    #expect(removals.allSatisfy { if case .removeCoding = $0 { true } else { false } })
  }

  @Test("U cycles the agreement units; o switches coder B")
  func choices() {
    var store = Self.agreement(Size(width: 80, height: 24))
    store.press(.c("U"))
    #expect(store.state.reports.agreement.unit == .paragraph)
    store.press(.c("U"), .c("U"), .c("U"))
    #expect(store.state.reports.agreement.unit == .answer)
    store.press(.c("o"))
    #expect(store.state.reports.agreement.pair(in: store.state.project)?.b == "dissertation")
  }
}
