/// An SVG document being drawn: a fixed width and height and the elements in drawing order.
///
/// Every attribute value and text is XML-escaped, numbers are written with at most one decimal
/// place, and the root names a font list that covers Cyrillic, so the same drawing gives the same
/// bytes and renders Kazakh text.
struct SVGCanvas {
  /// The font families, first found wins: DejaVu Sans and Noto Sans cover Kazakh Cyrillic.
  static let fontFamily = "DejaVu Sans, Noto Sans, Arial, sans-serif"

  /// The width in pixels.
  let width: Int
  /// The height in pixels.
  let height: Int
  private var elements: [String] = []

  /// Starts an empty drawing of a size.
  init(width: Int, height: Int) {
    precondition(width > 0 && height > 0, "an SVG needs a positive size")
    self.width = width
    self.height = height
  }

  /// Adds an element with attributes, optional text content and an optional tooltip.
  mutating func element(
    _ name: String, _ attributes: [(String, String)], text: String? = nil, tooltip: String? = nil
  ) {
    let attributeText = attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1))\"" }
      .joined()
    var content = ""
    if let tooltip { content += "<title>\(XMLEscaping.text(tooltip))</title>" }
    if let text { content += XMLEscaping.text(text) }
    elements.append(
      content.isEmpty
        ? "<\(name)\(attributeText)/>" : "<\(name)\(attributeText)>\(content)</\(name)>")
  }

  /// A filled rectangle.
  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
    tooltip: String? = nil
  ) {
    var attributes = [
      ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(width)),
      ("height", Self.number(height)), ("fill", fill),
    ]
    if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
    element("rect", attributes, tooltip: tooltip)
  }

  /// A line.
  mutating func line(
    from start: (Double, Double), to end: (Double, Double), stroke: String, width: Double = 1,
    opacity: Double = 1, dashed: Bool = false, tooltip: String? = nil
  ) {
    var attributes = [
      ("x1", Self.number(start.0)), ("y1", Self.number(start.1)), ("x2", Self.number(end.0)),
      ("y2", Self.number(end.1)), ("stroke", stroke), ("stroke-width", Self.number(width)),
    ]
    if opacity < 1 { attributes.append(("stroke-opacity", Self.number(opacity, places: 2))) }
    if dashed { attributes.append(("stroke-dasharray", "3 2")) }
    element("line", attributes, tooltip: tooltip)
  }

  /// A filled circle with a thin outline.
  mutating func circle(
    x: Double, y: Double, radius: Double, fill: String, tooltip: String? = nil
  ) {
    element(
      "circle",
      [
        ("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)),
        ("fill", fill), ("stroke", "#333333"), ("stroke-width", "1"),
      ], tooltip: tooltip)
  }

  /// A text, anchored `start`, `middle` or `end` at (x, y) on its baseline, optionally rotated
  /// about that point.
  mutating func text(
    _ value: String, x: Double, y: Double, size: Double = FigureText.size,
    anchor: String = "start", bold: Bool = false, fill: String = "#222222", rotation: Double = 0
  ) {
    var attributes = [("x", Self.number(x)), ("y", Self.number(y))]
    if size != FigureText.size { attributes.append(("font-size", Self.number(size))) }
    if anchor != "start" { attributes.append(("text-anchor", anchor)) }
    if bold { attributes.append(("font-weight", "bold")) }
    if fill != "#222222" { attributes.append(("fill", fill)) }
    if rotation != 0 {
      attributes.append(
        ("transform", "rotate(\(Self.number(rotation)) \(Self.number(x)) \(Self.number(y)))"))
    }
    element("text", attributes, text: value)
  }

  /// The title at the top left and the caption line under it.
  mutating func heading(title: String, caption: String) {
    text(title, x: 16, y: 26, size: FigureText.titleSize, bold: true)
    text(caption, x: 16, y: 46, size: FigureText.captionSize, fill: "#555555")
  }

  /// The whole document: XML declaration, root with size, view box and fonts, a white
  /// background, the document title and the elements.
  func document(title: String) -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        + "viewBox=\"0 0 \(width) \(height)\" font-family=\"\(Self.fontFamily)\" "
        + "font-size=\"\(Self.number(FigureText.size))\">",
      "<title>\(XMLEscaping.text(title))</title>",
      "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#FFFFFF\"/>",
    ]
    lines += elements
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A number with at most `places` decimal places, trailing zeros dropped: `12`, `12.5`.
  static func number(_ value: Double, places: Int = 1) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    var fraction = String(scaled % scale)
    fraction = String(repeating: "0", count: places - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return sign + String(scaled / scale) + (fraction.isEmpty ? "" : "." + fraction)
  }
}
