import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// The reports screen under a filter names it in its header.
@Suite("Filter screens: a filtered report")
struct FilterScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  @Test("the filtered frequency report, its header naming the filter", arguments: sizes)
  func filteredReportScreen(_ size: Size) {
    var store = TestStore(Fixture.state(size: size))
    FilterReducerTests.run("filter coder ana question Q2а", in: &store)
    store.press(.c("R"), .c("t"))
    let buffer = WorkbenchScreen.render(store.state)
    #expect(buffer.plainLines()[1].contains("coder ana   question Q2а"))
    assertSnapshot(buffer, named: "filtered-report-\(size)")
  }
}
