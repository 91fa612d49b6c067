import SarapCore
import SarapEngine

/// What the lanes of a transcript portrait are.
public enum PortraitLanes: String, CaseIterable, Hashable, Sendable {
  /// One lane per coder.
  case coder
  /// One lane per theme.
  case theme
}

extension SVGFigure {
  /// A transcript portrait: the transcript as a strip of its length (in characters), every coded
  /// stretch drawn in its code's colour, one lane per coder or theme, a dashed line where a guide
  /// question starts, and a legend of the codes drawn.
  ///
  /// - Parameters:
  ///   - transcript: The transcript.
  ///   - codings: The codings to draw (already restricted to the transcript and coders asked for).
  ///   - lanes: Lanes per coder or per theme.
  ///   - parameters: The caption's parameters.
  ///   - labels: Names and colours.
  public static func portrait(
    _ transcript: Transcript, codings: [Coding], lanes: PortraitLanes,
    parameters: [ReportParameter], labels: ReportLabels
  ) -> String {
    let codebook = labels.codebook
    let laneOf: (Coding) -> String = { coding in
      lanes == .coder
        ? coding.coder.rawValue
        : (codebook.theme(of: coding.code) ?? coding.code).rawValue
    }
    let laneKeys: [String] =
      lanes == .coder
      ? Array(Set(codings.map(laneOf))).sorted()
      : codebook.themes.map(\.id.rawValue).filter { Set(codings.map(laneOf)).contains($0) }
    let laneNames = laneKeys.map { key in
      lanes == .coder ? key : labels.name(of: Code.ID(key))
    }
    let width = 960.0
    let stripLeft = 16 + min(220, (laneNames.map { FigureText.width($0) }.max() ?? 0) + 16)
    let stripWidth = width - stripLeft - 24
    let top = 120.0
    let laneHeight = 22.0
    let length = Double(max(1, transcript.body.scalarCount))
    let x = { (offset: Int) in stripLeft + stripWidth * Double(offset) / length }
    let usedCodes = codebook.treeOrder.filter { Set(codings.map(\.code)).contains($0) }
    let legendRows = (usedCodes.count + 2) / 3
    let stripBottom = top + Double(max(1, laneKeys.count)) * laneHeight
    let height = (stripBottom + 40 + Double(legendRows) * 20 + 16).rounded(.up)
    var canvas = SVGCanvas(width: Int(width), height: Int(height))
    let title = "\(FigureWord.portrait.text(in: labels.language)): \(transcript.id.rawValue)"
    canvas.heading(title: title, caption: FigureText.caption(parameters))
    for (index, name) in laneNames.enumerated() {
      let y = top + Double(index) * laneHeight
      canvas.rect(
        x: stripLeft, y: y + 2, width: stripWidth, height: laneHeight - 4, fill: "#F0F0F0")
      canvas.text(
        FigureText.fitted(name, width: stripLeft - 24), x: stripLeft - 8, y: y + 15, anchor: "end")
    }
    let laneIndex = Dictionary(
      laneKeys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    for coding in codings.sorted(by: { $0.key < $1.key }) {
      guard let lane = laneIndex[laneOf(coding)] else { continue }
      let y = top + Double(lane) * laneHeight
      canvas.rect(
        x: x(coding.range.start), y: y + 2,
        width: max(1, x(coding.range.end) - x(coding.range.start)), height: laneHeight - 4,
        fill: FigureScale.colour(of: coding.code, in: codebook),
        tooltip:
          "\(labels.name(of: coding.code)) \(coding.range.start)..\(coding.range.end) "
          + "(\(coding.coder.rawValue))")
    }
    drawQuestions(&canvas, transcript: transcript, top: top, bottom: stripBottom, x: x)
    canvas.line(
      from: (stripLeft, stripBottom + 6), to: (stripLeft + stripWidth, stripBottom + 6),
      stroke: "#666666")
    canvas.text("0", x: stripLeft, y: stripBottom + 20, size: 10, anchor: "middle")
    canvas.text(
      "\(transcript.body.scalarCount) \(labels[.characters].lowercased())",
      x: stripLeft + stripWidth, y: stripBottom + 20, size: 10, anchor: "end")
    for (index, code) in usedCodes.enumerated() {
      let left = 16 + Double(index % 3) * 310
      let y = stripBottom + 36 + Double(index / 3) * 20
      canvas.rect(
        x: left, y: y, width: 14, height: 14, fill: FigureScale.colour(of: code, in: codebook))
      canvas.text(
        FigureText.fitted(labels.name(of: code), width: 280), x: left + 20, y: y + 12, size: 11)
    }
    return canvas.document(title: title)
  }

  /// A dashed line across the lanes where each guide question starts, its id above.
  private static func drawQuestions(
    _ canvas: inout SVGCanvas, transcript: Transcript, top: Double, bottom: Double,
    x: (Int) -> Double
  ) {
    var previous: GuideQuestion.ID?
    for turn in transcript.turns {
      guard let question = turn.question, question != previous else { continue }
      previous = question
      let position = x(turn.range.start)
      canvas.line(
        from: (position, top - 4), to: (position, bottom), stroke: "#444444", dashed: true)
      canvas.text(question.rawValue, x: position, y: top - 8, size: 9, rotation: -60)
    }
  }
}
