import SarapEngine

/// Text sizes and an estimate of how wide a text is drawn, for laying figures out.
///
/// SVG leaves measuring text to the renderer; the estimate takes the average advance of DejaVu
/// Sans (about 0.62 em for Latin and Cyrillic, twice that for wide characters), a little wide on
/// purpose so that labels get room rather than overlap.
enum FigureText {
  /// The body font size in pixels.
  static let size = 12.0
  /// The title's font size.
  static let titleSize = 16.0
  /// The caption's font size.
  static let captionSize = 11.0

  /// The estimated width in pixels of a text drawn at a font size.
  static func width(_ text: String, size: Double = size) -> Double {
    Double(ColumnWidth.of(text)) * size * 0.62
  }

  /// The text cut to fit a width, ending in `…` when cut.
  static func fitted(_ text: String, width: Double, size: Double = size) -> String {
    ColumnWidth.truncate(text, to: max(1, Int(width / (size * 0.62))))
  }

  /// The parameters as a caption line: `by = theme · unit = overlap`.
  static func caption(_ parameters: [ReportParameter]) -> String {
    parameters.map { "\($0.key) = \($0.value)" }.joined(separator: " · ")
  }
}
