import ArgumentParser
import SarapCore
import SarapEngine
import SarapFormats

/// `sarap report html`.
struct ReportHTML: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "html",
    abstract: "Every report in one self-contained HTML file, with tables and figures.",
    discussion: """
      A project summary, then each report the workbench shows (frequencies, co-occurrence, \
      theme matrix) as a figure and a table, and the co-occurrence network; nothing is fetched \
      (figures are embedded), and a print stylesheet puts each report on its own page.
      Example: sarap report html --by theme --lang kk --output report.html
      """)

  @OptionGroup var options: ReportOptions

  @Option(name: .long, help: "Rows and columns per code or per theme.")
  var by: Grouping = .theme

  @Option(name: .customLong("min-c"), help: "The network's smallest c-coefficient drawn (0-1).")
  var minimumC = 0.1

  func validate() throws {
    guard (0...1).contains(minimumC) else { throw ValidationError("--min-c is between 0 and 1") }
    if options.output.format != nil {
      throw ValidationError("the HTML report has no --format; give --output FILE.html")
    }
  }

  func run() throws {
    try CommandRunner.run {
      if let path = options.output.output {
        let fileExtension = path.split(separator: ".").last.map(String.init) ?? ""
        guard ["html", "htm"].contains(fileExtension.lowercased()) else {
          throw CommandFailure("\(path): the HTML report is written to an .html file")
        }
      }
      let project = try options.loadProject()
      let filter = try options.filter(for: project)
      let labels = options.output.labels(for: project)
      let document = HTMLReport(
        title: project.description.title.isEmpty ? "Sarap" : project.description.title,
        summary: summary(of: project, filter: filter, labels: labels),
        sections: sections(CodedCorpus(project), filter: filter, labels: labels),
        language: options.output.lang)
      try options.output.emit(document.rendered())
    }
  }

  /// The document's reports: one section per kind the workbench shows, in its order.
  ///
  /// Each section has the kind's figure; the network joins the co-occurrence section. A kind added to
  /// `ReportDefinition.all` with a screen (agreement, claims) gets its section here unchanged.
  private func sections(_ corpus: CodedCorpus, filter: SegmentFilter, labels: ReportLabels)
    -> [HTMLReport.Section]
  {
    let settings = ReportSettings(grouping: by, filter: filter)
    return ReportDefinition.onScreen.compactMap { definition in
      // A kind that cannot be computed on this project (agreement with one coder) is left out.
      guard let report = try? definition.compute(corpus, settings) else { return nil }
      var table = report.table(labels: labels)
      table.parameters += filter.reportParameters
      var figures = [SVGFigure.chart(of: report, table: table, labels: labels)].compactMap { $0 }
      if let coOccurrence = report.value(as: CoOccurrenceReport.self) {
        let layout = NetworkLayout(
          coOccurrence, frequency: corpus.frequency(by: by, where: filter), minimumC: minimumC,
          labels: labels)
        figures.append(
          SVGFigure.network(
            layout, title: SVGFigure.networkTitle(grouping: by, labels: labels),
            parameters: table.parameters + [ReportParameter("min-c", SVGFigure.decimal(minimumC))],
            labels: labels))
      }
      return HTMLReport.Section(table: table, figures: figures)
    }
  }

  /// The project in figures: transcripts, codings, coders, codes and themes.
  private func summary(of project: Project, filter: SegmentFilter, labels: ReportLabels)
    -> [ReportParameter]
  {
    let transcripts = project.transcripts.filter(filter.includes)
    return [
      ReportParameter(labels[.transcripts], String(transcripts.count)),
      ReportParameter(labels[.codings], String(project.codings.count)),
      ReportParameter(
        labels[.coders], project.coders.map(\.rawValue).joined(separator: ", ")),
      ReportParameter(labels[.codes], String(project.codebook.codes.count)),
      ReportParameter(labels[.theme], String(project.codebook.themes.count)),
    ] + filter.reportParameters
  }
}
