import ArgumentParser

/// `sarap figure …`: figures that are not one report's table, drawn as SVG.
struct FigureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "figure",
    abstract: "Draw a co-occurrence network or a transcript portrait as an SVG figure.",
    discussion: """
      Figures of a single report (bar chart, heat map, code matrix) come from 'sarap report \
      frequency|cooccurrence|matrix --format svg'. Every figure has fixed width and height, a \
      title and a caption with its parameters, labels in --lang and the codebook's colours; the \
      same project and options give the same bytes. Details: docs/figures.md.
      """,
    subcommands: [FigureNetwork.self, FigurePortrait.self])
}
