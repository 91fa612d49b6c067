import Foundation
import SarapCore
import SarapEngine

/// Where the co-occurrence network's nodes, edges and labels go: nodes on a circle in codebook
/// order (no randomness), each node's area proportional to its segments, each label outside the
/// ring of nodes, clear of every node.
public struct NetworkLayout: Hashable, Sendable {
  /// A code or theme drawn as a circle with its label.
  public struct Node: Hashable, Sendable {
    /// The code or theme.
    public let key: Code.ID
    /// Its name in the chosen language.
    public let name: String
    /// Its segments: what the node's size shows.
    public let segments: Int
    /// The centre.
    public let x: Double, y: Double
    /// The radius.
    public let radius: Double
    /// The label's anchor point and alignment (`start`, `middle`, `end`), on its baseline.
    public let labelX: Double, labelY: Double, labelAnchor: String
    /// The box the label is estimated to take: left, top, width, height.
    public let labelBox: Box
  }

  /// An axis-aligned rectangle.
  public struct Box: Hashable, Sendable {
    /// The left and top edges and the size.
    public let x: Double, y: Double, width: Double, height: Double

    /// Whether the box and a circle share any point.
    public func intersects(circleX: Double, circleY: Double, radius: Double) -> Bool {
      let nearestX = min(max(circleX, x), x + width)
      let nearestY = min(max(circleY, y), y + height)
      let dx = circleX - nearestX
      let dy = circleY - nearestY
      return dx * dx + dy * dy < radius * radius
    }
  }

  /// A pair of keys whose c-coefficient reaches the cut-off.
  public struct Edge: Hashable, Sendable {
    /// The position of one node in ``nodes``.
    public let from: Int
    /// The position of the other node in ``nodes``.
    public let to: Int
    /// Their co-occurrence.
    public let cell: CoOccurrenceCell
  }

  /// The nodes in codebook order.
  public let nodes: [Node]
  /// The edges, strongest first.
  public let edges: [Edge]
  /// The figure's size.
  public let width: Double, height: Double

  /// Lays out a co-occurrence report with node sizes from a frequency report of the same
  /// grouping; edges are the pairs with `n12 > 0` and a c-coefficient of at least `minimumC`.
  public init(
    _ report: CoOccurrenceReport, frequency: FrequencyReport, minimumC: Double,
    labels: ReportLabels
  ) {
    let segmentsByKey = Dictionary(
      frequency.rows.map { ($0.key, $0.figures.segments) }, uniquingKeysWith: { first, _ in first })
    let counts = report.keys.map { segmentsByKey[$0] ?? 0 }
    let largest = Double(max(1, counts.max() ?? 0))
    let radii = counts.map { 5 + 21 * (Double($0) / largest).squareRoot() }
    let names = report.keys.map { FigureText.fitted(labels.name(of: $0), width: 240) }
    let count = report.keys.count
    let ring = max(150, Double(count) * 60 / (2 * Double.pi) + 40)
    let labelRing = ring + (radii.max() ?? 0) + 10
    let labelRoom = names.map { FigureText.width($0) }.max() ?? 0
    let half = labelRing + labelRoom + 16
    width = (2 * half).rounded(.up)
    height = (2 * (labelRing + 30) + 80).rounded(.up)
    let centre = (x: width / 2, y: 80 + labelRing + 30)
    var nodes: [Node] = []
    for index in 0..<count {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(1, count))
      let direction = (x: cos(angle), y: sin(angle))
      let anchor = abs(direction.x) < 0.2 ? "middle" : (direction.x > 0 ? "start" : "end")
      let textWidth = FigureText.width(names[index])
      let labelX = centre.x + labelRing * direction.x
      var labelY = centre.y + labelRing * direction.y + 4
      if anchor == "middle" { labelY += direction.y > 0 ? 10 : -4 }
      let boxLeft =
        anchor == "start" ? labelX : (anchor == "end" ? labelX - textWidth : labelX - textWidth / 2)
      nodes.append(
        Node(
          key: report.keys[index], name: names[index], segments: counts[index],
          x: centre.x + ring * direction.x, y: centre.y + ring * direction.y,
          radius: radii[index], labelX: labelX, labelY: labelY, labelAnchor: anchor,
          labelBox: Box(
            x: boxLeft, y: labelY - FigureText.size, width: textWidth,
            height: FigureText.size * 1.3)))
    }
    self.nodes = nodes
    let position = Dictionary(
      report.keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    edges = report.rankedPairs.filter { $0.cell.coefficient >= minimumC }.compactMap { pair in
      guard let from = position[pair.first], let to = position[pair.second] else { return nil }
      return Edge(from: from, to: to, cell: pair.cell)
    }
  }
}
