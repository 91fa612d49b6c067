import Foundation
import FoundationXML
import SarapCore
import SarapEngine
import Testing

@testable import SarapFormats

@Suite("SVG figures")
struct SVGFigureTests {
  @Test("each figure kind matches its golden file (RECORD_SNAPSHOTS=1 records them)")
  func golden() throws {
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let figures = FigureFixture.figures(.en) + FigureFixture.figures(.kk)
    #expect(figures.count == 10)
    for figure in figures {
      let file = FigureFixture.goldenFolder.appendingPathComponent(figure.name + ".svg")
      if record {
        try Data(figure.svg.utf8).write(to: file)
        Issue.record("recorded \(file.path): look at it, then run again without RECORD_SNAPSHOTS")
        continue
      }
      let golden = try String(contentsOf: file, encoding: .utf8)
      #expect(figure.svg == golden, "\(figure.name) differs from \(file.path)")
    }
  }

  @Test("every figure parses as XML, declares its size, names a Cyrillic font and is repeatable")
  func wellFormed() throws {
    let again = FigureFixture.figures(.kk).map(\.svg)
    for (index, figure) in FigureFixture.figures(.kk).enumerated() {
      let document = try XMLDocument(data: Data(figure.svg.utf8))
      let root = try #require(document.rootElement())
      #expect(root.name == "svg")
      let attributes = Dictionary(
        (root.attributes ?? []).map { ($0.localName ?? $0.name ?? "", $0.stringValue ?? "") },
        uniquingKeysWith: { first, _ in first })
      #expect(Int(attributes["width"] ?? "") ?? 0 > 0, "\(figure.name): \(attributes)")
      #expect(Int(attributes["height"] ?? "") ?? 0 > 0)
      #expect(
        attributes["viewBox"] == "0 0 \(attributes["width"] ?? "") \(attributes["height"] ?? "")")
      #expect(attributes["font-family"]?.hasPrefix("DejaVu Sans") == true)
      #expect(figure.svg == again[index], "\(figure.name) is not deterministic")
    }
  }

  @Test("labels follow the language: Kazakh names and words in kk, English in en")
  func language() throws {
    let kazakh = try #require(FigureFixture.figures(.kk).first { $0.name == "frequency-kk" })
    #expect(kazakh.svg.contains(">Білім<") && kazakh.svg.contains(">Сегменттер<"))
    let english = try #require(FigureFixture.figures(.en).first { $0.name == "frequency-en" })
    #expect(english.svg.contains(">Education<") && english.svg.contains(">Segments<"))
    #expect(!english.svg.contains("Білім"))
  }

  @Test("a code name with XML's special characters is escaped and read back intact")
  func escaping() throws {
    let name = "Russia <&> \"soft\" power"
    let codebook = Codebook([
      Code(id: "russia", nameKK: name, nameEN: name),
      Code(id: "china", nameKK: "Қытай", nameEN: "China"),
    ])
    let labels = ReportLabels(language: .en, codebook: codebook)
    let project = Project(
      codebook: codebook,
      transcripts: [Transcript(id: "R01", body: ReportFixture.r01)],
      codings: [
        ReportFixture.coding("R01", 21, 33, "russia"), ReportFixture.coding("R01", 40, 45, "china"),
      ])
    let report = try ReportDefinition.frequency.compute(CodedCorpus(project), ReportSettings())
    let svg = try #require(
      SVGFigure.chart(of: report, table: report.table(labels: labels), labels: labels))
    let document = try XMLDocument(data: Data(svg.utf8))
    let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    #expect(texts.contains(name))
  }

  @Test("the heat map shades by the measure: zero is viridis' darkest, the largest its lightest")
  func heatMapScale() throws {
    let labels = FigureFixture.labels(.en)
    let report = ReportFixture.corpus.coOccurrence(by: .code, unit: .transcript)
    let table = report.table(labels: labels)
    let svg = SVGFigure.heatMap(report, measure: .count, table: table, labels: labels)
    // Education and Media share R01 (n12 = 1, the largest off-diagonal count); Education and
    // China do too; Media (russia.media) and Media (china.media) never meet.
    #expect(
      svg.contains(
        "fill=\"#FDE725\" stroke=\"#FFFFFF\" stroke-width=\"1\"><title>Education × Media: 1</title>"
      ))
    #expect(
      svg.contains(
        "fill=\"#440154\" stroke=\"#FFFFFF\" stroke-width=\"1\"><title>Russia × Education: 0</title>"
      ))
    #expect(FigureScale.colour(at: 0.5).hex == "#21918C")
  }

  @Test("network labels overlap no node, and only pairs reaching the cut-off are edges")
  func networkGeometry() {
    for language in Language.allCases {
      let layout = FigureFixture.network(language)
      for node in layout.nodes {
        for other in layout.nodes {
          #expect(
            !node.labelBox.intersects(circleX: other.x, circleY: other.y, radius: other.radius),
            "the label of \(node.key) overlaps the node \(other.key)")
        }
        #expect(node.labelBox.x >= 0 && node.labelBox.x + node.labelBox.width <= layout.width)
      }
      #expect(layout.edges.allSatisfy { $0.cell.coefficient >= 0.1 && $0.cell.both > 0 })
    }
    let many = NetworkLayout(
      ReportFixture.corpus.coOccurrence(by: .code, unit: .transcript),
      frequency: ReportFixture.corpus.frequency(by: .code), minimumC: 0.9,
      labels: FigureFixture.labels(.en))
    #expect(many.edges.count < FigureFixture.network(.en).edges.count)
  }

  @Test("the box and circle test sees overlap and its absence")
  func boxCircle() {
    let box = NetworkLayout.Box(x: 0, y: 0, width: 10, height: 10)
    #expect(box.intersects(circleX: 12, circleY: 5, radius: 3))
    #expect(!box.intersects(circleX: 14, circleY: 5, radius: 3))
    #expect(!box.intersects(circleX: 13, circleY: 13, radius: 4))
  }

  @Test("tidy and segments have no figure")
  func noFigure() throws {
    let labels = FigureFixture.labels(.en)
    let tidy = try ReportDefinition.tidy.compute(ReportFixture.corpus, ReportSettings())
    #expect(SVGFigure.chart(of: tidy, table: tidy.table(labels: labels), labels: labels) == nil)
  }
}
