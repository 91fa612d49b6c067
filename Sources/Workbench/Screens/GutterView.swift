import SarapCore
import TerminalKit

/// The gutter beside a reader row, as MAXQDA's coding stripes: one stripe column per coding
/// (overlapping codings side by side, a coding keeping its column as the text scrolls), then the
/// names of the codes whose codings start on the row (on the top row, of every coding shown);
/// a `*` between them marks a row where a coding with a memo starts.
struct GutterView {
  /// Stripe columns drawn; further overlapping codings share the last, marked `+`.
  static let stripeColumns = 4

  let state: AppState
  let row: Int
  let isFirst: Bool

  func render(in line: Rect, into buffer: inout ScreenBuffer) {
    guard let document = state.reader.document, !line.isEmpty else { return }
    let scalars = document.layout.scalarRange(ofRow: row)
    var labels: [Code.ID] = []
    if let compared = state.reports.agreement.compared {
      let half = Self.stripeColumns / 2
      drawStripes(compared.overlayA, scalars, columns: 0..<half, line, &labels, &buffer)
      drawStripes(
        compared.overlayB, scalars, columns: half..<Self.stripeColumns, line, &labels, &buffer)
    } else {
      drawStripes(
        state.reader.overlay, scalars, columns: 0..<Self.stripeColumns, line, &labels, &buffer)
    }
    drawLabels(labels, line: line, into: &buffer)
    if hasMemoStarting(in: scalars) {
      buffer.put("*", at: Point(x: line.x + Self.stripeColumns, y: line.y), style: Styles.label)
    }
  }

  /// Whether a coding shown in the reader starts on the row's text and has a memo.
  private func hasMemoStarting(in scalars: Range<Int>) -> Bool {
    let overlay = state.reader.overlay
    return overlay.indices(overlapping: scalars).contains {
      let coding = overlay.codings[$0]
      return scalars.contains(coding.range.start) && !coding.memo.isEmpty
    }
  }

  /// Draws an overlay's stripes in a band of gutter columns (the last shared, marked `+`) and
  /// collects the codes to name.
  private func drawStripes(
    _ overlay: CodingOverlay, _ scalars: Range<Int>, columns: Range<Int>, _ line: Rect,
    _ labels: inout [Code.ID], _ buffer: inout ScreenBuffer
  ) {
    for index in overlay.indices(overlapping: scalars) {
      let coding = overlay.codings[index]
      guard let code = state.project.codebook[coding.code] else { continue }
      drawStripe(
        column: columns.lowerBound + overlay.columns[index], band: columns, code: code,
        line: line, into: &buffer)
      let starts = scalars.contains(coding.range.start)
      if (starts || isFirst) && !labels.contains(coding.code) { labels.append(coding.code) }
    }
  }

  private func drawStripe(
    column: Int, band: Range<Int>, code: Code, line: Rect, into buffer: inout ScreenBuffer
  ) {
    let x = line.x + min(column, band.upperBound - 1)
    let overflow = column >= band.upperBound
    let point = Point(x: x, y: line.y)
    if state.colourEnabled {
      buffer.put(overflow ? "+" : " ", at: point, style: Styles.swatch(code.colour))
    } else {
      let letter = Self.letter(of: code.id, in: state.project.codebook)
      buffer.put(overflow ? "+" : letter, at: point, style: Styles.label)
    }
  }

  /// The letters that tell stripes apart without colour (`NO_COLOR`).
  static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

  /// A code's stripe letter without colour: by its place in the codebook tree (`a` the first
  /// code, `A` the 27th, again from `a` after the 52nd), so a code keeps its letter on every row.
  static func letter(of id: Code.ID, in codebook: Codebook) -> String {
    let index = codebook.treeOrder.firstIndex(of: id) ?? 0
    return String(letters[index % letters.count])
  }

  private func drawLabels(_ codes: [Code.ID], line: Rect, into buffer: inout ScreenBuffer) {
    var x = line.x + Self.stripeColumns + 1
    let end = line.maxX - 1
    for (position, id) in codes.enumerated() {
      guard x < end, let code = state.project.codebook[id] else { break }
      let separator = position == 0 ? "" : ","
      let letter = state.colourEnabled ? "" : Self.letter(of: id, in: state.project.codebook) + ":"
      let text = (separator + letter + state.name(of: id).singleLine).fitted(to: end - x)
      x += buffer.put(
        text, at: Point(x: x, y: line.y),
        style: Styles.named(code.colour, colourEnabled: state.colourEnabled))
    }
  }
}
