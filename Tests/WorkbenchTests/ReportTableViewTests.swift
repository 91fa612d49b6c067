import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// The reports screen's drawing for a kind without one of its own: the kind's table.
@Suite("Report table view")
struct ReportTableViewTests {
  static func tidyState() throws -> AppState {
    var state = Fixture.state(size: Size(width: 100, height: 30))
    state.language = .en
    state.reports.current = try ReportDefinition.tidy.compute(
      state.analysis.corpus, ReportSettings())
    return state
  }

  static func lines(_ state: AppState) throws -> [String] {
    let report = try #require(state.reports.current)
    var buffer = ScreenBuffer(width: 100, height: 6)
    ReportTableView.render(report, state: state, in: buffer.area, into: &buffer)
    return buffer.plainLines()
  }

  @Test("a report kind with no drawing of its own is shown as its table")
  func tableRows() throws {
    let state = try Self.tidyState()
    let lines = try Self.lines(state)
    #expect(lines[0].hasPrefix("Transcript  Coder         Code "))
    #expect(lines[1].hasPrefix("R01         dissertation  west "))
    #expect(lines[2].hasPrefix("R07         dissertation  russia "))
    #expect(state.reports.current?.rowCount == Fixture.project.codings.count)
  }

  @Test("it scrolls by row and by column")
  func scrolls() throws {
    var state = try Self.tidyState()
    state.reports.scroll = TableScroll(row: 1, column: 1)
    let lines = try Self.lines(state)
    #expect(lines[0].hasPrefix("Coder         Code "))
    #expect(lines[1].hasPrefix("dissertation  russia "))
  }
}
