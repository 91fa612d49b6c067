import SarapCore
import TerminalKit

/// The gutter beside a reader row, as MAXQDA's coding stripes: one stripe column per coding
/// (overlapping codings side by side, a coding keeping its column as the text scrolls), then the
/// names of the codes whose codings start on the row (on the top row, of every coding shown).
struct GutterView {
  /// Stripe columns drawn; further overlapping codings share the last, marked `+`.
  static let stripeColumns = 4

  let state: AppState
  let row: Int
  let isFirst: Bool

  func render(in line: Rect, into buffer: inout ScreenBuffer) {
    guard let document = state.reader.document, !line.isEmpty else { return }
    let scalars = document.layout.scalarRange(ofRow: row)
    let overlay = state.reader.overlay
    let shown = overlay.indices(overlapping: scalars)
    var labels: [Code.ID] = []
    for index in shown {
      let coding = overlay.codings[index]
      guard let code = state.project.codebook[coding.code] else { continue }
      drawStripe(column: overlay.columns[index], colour: code.colour, line: line, into: &buffer)
      let starts = scalars.contains(coding.range.start)
      if (starts || isFirst) && !labels.contains(coding.code) { labels.append(coding.code) }
    }
    drawLabels(labels, line: line, into: &buffer)
  }

  private func drawStripe(column: Int, colour: Colour, line: Rect, into buffer: inout ScreenBuffer)
  {
    let x = line.x + min(column, Self.stripeColumns - 1)
    let overflow = column >= Self.stripeColumns
    let point = Point(x: x, y: line.y)
    if state.colourEnabled {
      buffer.put(overflow ? "+" : " ", at: point, style: Styles.swatch(colour))
    } else {
      buffer.put(overflow ? "+" : "|", at: point, style: Styles.label)
    }
  }

  private func drawLabels(_ codes: [Code.ID], line: Rect, into buffer: inout ScreenBuffer) {
    var x = line.x + Self.stripeColumns + 1
    let end = line.maxX - 1
    for (position, id) in codes.enumerated() {
      guard x < end, let code = state.project.codebook[id] else { break }
      let separator = position == 0 ? "" : ","
      let text = (separator + state.name(of: id).singleLine).fitted(to: end - x)
      x += buffer.put(
        text, at: Point(x: x, y: line.y),
        style: Styles.named(code.colour, colourEnabled: state.colourEnabled))
    }
  }
}
