import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap figure network`.
struct FigureNetwork: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "network",
    abstract: "Codes or themes as nodes sized by segments, joined where they co-occur.",
    discussion: """
      Nodes sit on a circle in codebook order (no randomness), their area proportional to their \
      segments; an edge joins two keys whose c-coefficient n12 / (n1 + n2 - n12) is at least \
      --min-c, as thick as the coefficient.
      Example: sarap figure network --by theme --unit transcript --min-c 0.3 --output network.svg
      """)

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "Nodes per code or per theme.")
  var by: Grouping = .theme

  @Option(name: .long, help: "overlap, answer or transcript.")
  var unit: ReportCoOccurrence.UnitChoice = .overlap

  @Option(name: .customLong("min-c"), help: "The smallest c-coefficient drawn as an edge (0-1).")
  var minimumC = 0.1

  func validate() throws {
    guard (0...1).contains(minimumC) else { throw ValidationError("--min-c is between 0 and 1") }
    if let format = options.output.format, format != .svg {
      throw ValidationError("a figure is written as svg, not \(format.rawValue)")
    }
  }

  func run() throws {
    try CommandRunner.run {
      let project = try options.loadProject()
      let filter = try options.filter(for: project)
      let corpus = CodedCorpus(project)
      let engineUnit: CoOccurrenceUnit =
        switch unit {
        case .overlap: .overlap
        case .answer: .answer
        case .transcript: .transcript
        }
      let labels = options.output.labels(for: project)
      let layout = NetworkLayout(
        corpus.coOccurrence(by: by, unit: engineUnit, where: filter),
        frequency: corpus.frequency(by: by, where: filter), minimumC: minimumC, labels: labels)
      let parameters =
        [
          ReportParameter("by", by.rawValue), ReportParameter("unit", unit.rawValue),
          ReportParameter("min-c", SVGFigure.decimal(minimumC)),
        ] + filter.reportParameters
      _ = try OutputFormat.chosen(.svg, for: options.output.output)
      try options.output.emit(
        SVGFigure.network(
          layout, title: SVGFigure.networkTitle(grouping: by, labels: labels),
          parameters: parameters, labels: labels))
    }
  }
}
