import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The transcript list's labels.
@Suite("Transcript list: attributes named")
struct TranscriptListTests {
  @Test("each known attribute is shown with its name, so it does not read as a code")
  func attributesNamed() {
    let lines = WorkbenchScreen.render(Fixture.state(size: Size(width: 120, height: 40)))
      .plainLines()
    #expect(lines.contains { $0.contains("R07") && $0.contains("service: state") })
    #expect(lines.contains { $0.contains("R01") && $0.contains("service: science") })
  }

  @Test("an unknown attribute is left out")
  func unknownLeftOut() {
    let transcript = Transcript(
      id: "R02", title: "Respondent 2",
      attributes: [
        Attribute(name: "studied-abroad", value: .known("Russia")),
        Attribute(name: "sector", value: .unknown),
      ], body: TranscriptText("R02: Иә.\n"))
    let line = TranscriptListPane.line(transcript, count: 3, isOpen: true, width: 60)
    #expect(line.hasPrefix("▸R02     3 studied-abroad: Russia"))
    #expect(!line.contains("sector"))
  }

  @Test("in a narrow pane the names are shortened, never the values")
  func narrowShortensNames() {
    let labels = [("studied-abroad", "Russia"), ("sector", "state")]
    #expect(
      TranscriptListPane.labels(labels, width: 60) == "studied-abroad: Russia, sector: state")
    #expect(TranscriptListPane.labels(labels, width: 28) == "stud…: Russia, sect…: state")
    #expect(TranscriptListPane.labels(labels, width: 18) == "Russia, state")
  }
}
