import SarapCore
import SarapEngine
import TerminalKit
import Testing

@testable import Workbench

/// Report tables show row labels as wide as the window allows.
@Suite("Reports: row labels as wide as the window allows")
struct ReportLabelWidthTests {
  static let long = "Ресейдің ықпалын сақтаудағы ақпараттық кеңістік"

  @Test("the heat map widens its labels to the longest when every column still fits")
  func heatMapLabels() {
    let labels = ["1 Ресей", "2 " + Self.long, "3 Батыс"]
    let wide = Rect(x: 0, y: 0, width: 120, height: 30)
    #expect(HeatMapView.nameWidth(labels, area: wide) == DisplayWidth.of(labels[1]) + 1)
    let narrow = Rect(x: 0, y: 0, width: 60, height: 30)
    #expect(HeatMapView.nameWidth(labels, area: narrow) == 45)
    let tight = Rect(x: 0, y: 0, width: 40, height: 30)
    #expect(HeatMapView.nameWidth(labels, area: tight) == 25)
  }

  @Test("on screen a long code name is shown whole on a wide co-occurrence heat map")
  func heatMapOnScreen() {
    var state = Fixture.state(size: Size(width: 120, height: 40))
    state.project.codebook = Codebook(
      Fixture.codebook.codes.map { code in
        var code = code
        if code.id == "russia.media" { code.nameKK = Self.long }
        return code
      })
    state.analysis = Analysis(state.project)
    var store = TestStore(state)
    store.press(.c("R"), .c("2"), .c("t"))
    let text = WorkbenchScreen.render(store.state).plainLines().joined(separator: "\n")
    #expect(text.contains(Self.long))
  }

  @Test("a table's label column takes the room the other columns leave, past 24 cells")
  func tableLabels() {
    let table = ReportTable(
      kind: "test", title: "test",
      columns: [ReportColumn(key: "code", label: "code"), ReportColumn(key: "n", label: "n")],
      rows: [[.text(Self.long), .integer(3)], [.text("Ресей"), .integer(5)]])
    let wide = Rect(x: 0, y: 0, width: 120, height: 30)
    #expect(
      ReportTableView.labelWidth(in: table, others: [8], area: wide)
        == DisplayWidth.of(Self.long))
    let narrow = Rect(x: 0, y: 0, width: 30, height: 30)
    #expect(ReportTableView.labelWidth(in: table, others: [8], area: narrow) == 24)
  }
}
