import SarapCore
import SarapEngine

extension SVGFigure {
  /// The co-occurrence network: codes or themes as circles sized by segments, in their colours,
  /// joined by lines as thick as the pair's c-coefficient where it reaches the cut-off.
  ///
  /// - Parameters:
  ///   - layout: Where everything goes (``NetworkLayout``).
  ///   - title: The title, in the labels' language.
  ///   - parameters: The caption's parameters (the cut-off among them).
  ///   - labels: Colours come from its codebook.
  public static func network(
    _ layout: NetworkLayout, title: String, parameters: [ReportParameter], labels: ReportLabels
  ) -> String {
    var canvas = SVGCanvas(width: Int(layout.width), height: Int(layout.height))
    canvas.heading(title: title, caption: FigureText.caption(parameters))
    for edge in layout.edges.reversed() {
      let from = layout.nodes[edge.from]
      let to = layout.nodes[edge.to]
      let c = edge.cell.coefficient
      canvas.line(
        from: (from.x, from.y), to: (to.x, to.y), stroke: "#3B528B", width: 1 + 9 * c,
        opacity: 0.35 + 0.5 * c,
        tooltip: "\(from.name) – \(to.name): c = \(SVGCanvas.number(c, places: 2)), "
          + "n12 = \(edge.cell.both)")
    }
    for node in layout.nodes {
      canvas.circle(
        x: node.x, y: node.y, radius: node.radius,
        fill: FigureScale.colour(of: node.key, in: labels.codebook),
        tooltip: "\(node.name): \(node.segments)")
      canvas.text(node.name, x: node.labelX, y: node.labelY, anchor: node.labelAnchor)
    }
    return canvas.document(title: title)
  }

  /// The network's title in a language: "Co-occurrence network: Theme".
  public static func networkTitle(grouping: Grouping, labels: ReportLabels) -> String {
    "\(FigureWord.network.text(in: labels.language)): \(labels[grouping == .code ? .code : .theme])"
  }
}
