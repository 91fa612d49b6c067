import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap figure portrait TRANSCRIPT`.
struct FigurePortrait: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "portrait",
    abstract: "A transcript as a strip of its length, each coded stretch in its code's colour.",
    discussion: """
      One lane per coder (or per theme with --lanes theme); a dashed line where each guide \
      question starts. --coder, --question and --attribute restrict the codings drawn.
      Example: sarap figure portrait R01 --lanes theme --lang kk --output R01.svg
      """)

  @Argument(help: "The transcript id.")
  var transcriptID: String

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "Lanes per coder or per theme.")
  var lanes: PortraitLanes = .coder

  func validate() throws {
    if let format = options.output.format, format != .svg {
      throw ValidationError("a figure is written as svg, not \(format.rawValue)")
    }
  }

  func run() throws {
    try CommandRunner.run {
      let project = try options.loadProject()
      guard let chosen = project.transcript(Transcript.ID(transcriptID)) else {
        throw CommandFailure("no transcript with id '\(transcriptID)'")
      }
      let filter = try options.filter(for: project)
      let corpus = CodedCorpus(project)
      let codings = corpus.segments.filter { $0.transcript == chosen.id && filter.includes($0) }
        .map(\.coding)
      let parameters =
        [ReportParameter("transcript", transcriptID), ReportParameter("lanes", lanes.rawValue)]
        + filter.reportParameters.filter { $0.key != "transcripts" }
      _ = try OutputFormat.chosen(.svg, for: options.output.output)
      try options.output.emit(
        SVGFigure.portrait(
          chosen, codings: codings, lanes: lanes, parameters: parameters,
          labels: options.output.labels(for: project)))
    }
  }
}

extension PortraitLanes: ExpressibleByArgument {}
