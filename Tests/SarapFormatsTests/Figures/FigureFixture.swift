import Foundation
import SarapCore
import SarapEngine
import SarapFormats

/// The report fixture drawn as figures: the same corpus, with colours in its codebook.
enum FigureFixture {
  static let codebook = Codebook(
    ReportFixture.codebook.codes.map { code in
      var coloured = code
      coloured.colour =
        [
          "russia": Colour(red: 0xC0, green: 0x39, blue: 0x2B),
          "russia.education": Colour(red: 0xE7, green: 0x4C, blue: 0x3C),
          "china": Colour(red: 0x1F, green: 0x77, blue: 0xB4),
        ][code.id.rawValue] ?? code.colour
      return coloured
    })

  static func labels(_ language: Language) -> ReportLabels {
    ReportLabels(language: language, codebook: codebook)
  }

  /// Every figure kind on the fixture, by golden file name.
  static func figures(_ language: Language) -> [(name: String, svg: String)] {
    let corpus = ReportFixture.corpus
    let labels = labels(language)
    var figures: [(String, String)] = []
    for (name, definition, settings) in [
      ("frequency", ReportDefinition.frequency, ReportSettings(grouping: .code)),
      (
        "heatmap", ReportDefinition.coOccurrence, ReportSettings(grouping: .code, unit: .transcript)
      ),
      ("matrix", ReportDefinition.themeMatrix, ReportSettings(grouping: .theme)),
    ] {
      let report = try? definition.compute(corpus, settings)
      if let report,
        let svg = SVGFigure.chart(of: report, table: report.table(labels: labels), labels: labels)
      {
        figures.append(("\(name)-\(language.rawValue)", svg))
      }
    }
    let layout = network(language)
    figures.append(
      (
        "network-\(language.rawValue)",
        SVGFigure.network(
          layout, title: SVGFigure.networkTitle(grouping: .code, labels: labels),
          parameters: [ReportParameter("min-c", "0.1")], labels: labels)
      ))
    let r01 = ReportFixture.project.transcripts[0]
    figures.append(
      (
        "portrait-\(language.rawValue)",
        SVGFigure.portrait(
          r01, codings: ReportFixture.project.codings(in: "R01"), lanes: .theme,
          parameters: [ReportParameter("transcript", "R01")], labels: labels)
      ))
    return figures
  }

  /// The network of codes co-occurring in a transcript.
  static func network(_ language: Language) -> NetworkLayout {
    let corpus = ReportFixture.corpus
    return NetworkLayout(
      corpus.coOccurrence(by: .code, unit: .transcript), frequency: corpus.frequency(by: .code),
      minimumC: 0.1, labels: labels(language))
  }

  /// The folder of golden files.
  static var goldenFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Golden__")
  }
}
