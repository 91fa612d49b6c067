import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Memos can be found: a marker where they are.
@Suite("Memo markers in the gutter and the reader's title")
struct MemoMarkerTests {
  /// The gutter's text on the reader row showing `offset`.
  static func gutter(at offset: Int, in state: AppState) throws -> String {
    let layout = try #require(WorkbenchLayout.arrange(state.size))
    let document = try #require(state.reader.document)
    let row = document.layout.row(ofScalar: offset) - state.reader.top
    let line = WorkbenchScreen.render(state).plainLines()[layout.gutter.y + row]
    return String(line.dropFirst(layout.gutter.x).prefix(layout.gutter.width))
  }

  @Test("a * beside the stripes marks the row where a coding with a memo starts, only there")
  func codingMemoMarked() throws {
    let state = Fixture.state(size: Size(width: 120, height: 40))
    let china = Fixture.coding("china", "Қытай", memo: "named first")
    let marked = try Self.gutter(at: china.range.start, in: state)
    #expect(Array(marked)[GutterView.stripeColumns] == "*")
    let language = Fixture.range(of: "Ресей, Қытай және", in: Fixture.r07Body)
    let plain = try Self.gutter(at: language.start, in: state)
    #expect(Array(plain)[GutterView.stripeColumns] == " ")
  }

  @Test("the transcript list marks a transcript with a memo with * after its id")
  func transcriptMemoMarked() {
    var transcript = Fixture.project.transcripts[1]
    #expect(
      TranscriptListPane.line(transcript, count: 7, isOpen: true, width: 40).hasPrefix("▸R07     7")
    )
    transcript.memo = "Жазбаша жауап берді"
    #expect(
      TranscriptListPane.line(transcript, count: 7, isOpen: true, width: 40).hasPrefix("▸R07*    7")
    )
  }
}
