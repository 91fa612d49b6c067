/// A line of text in several styles: a sequence of spans.
///
/// ```swift
/// var line: StyledText = "Ресей "
/// line.append("(4)", style: .dimmed)
/// buffer.put(line, at: Point(x: 2, y: 1), maxWidth: 20)
/// ```
public struct StyledText: Hashable, Sendable, ExpressibleByStringInterpolation {
  /// A run of text in one style.
  public struct Span: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
      self.text = text
      self.style = style
    }
  }

  /// The spans, left to right.
  public var spans: [Span]

  /// Creates text from spans.
  public init(_ spans: [Span] = []) {
    self.spans = spans
  }

  /// Creates text in one style.
  public init(_ text: String, style: Style = .plain) {
    self.spans = [Span(text, style: style)]
  }

  /// Creates plain text.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// Creates plain text from an interpolated string literal.
  public init(stringInterpolation: DefaultStringInterpolation) {
    self.init(String(stringInterpolation: stringInterpolation))
  }

  /// Appends `text` in `style`.
  public mutating func append(_ text: String, style: Style = .plain) {
    spans.append(Span(text, style: style))
  }

  /// The text without styles.
  public var plainText: String { spans.map(\.text).joined() }

  /// The cells the text takes.
  public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
}

extension ScreenBuffer {
  /// Draws `text` span by span from `point`, clipped to `maxWidth` columns; each span's style is
  /// `base` merged with the span's own (``Style/merging(_:)``).
  ///
  /// - Returns: The columns used from `point.x`.
  @discardableResult
  public mutating func put(
    _ text: StyledText, at point: Point, base: Style = .plain, maxWidth: Int? = nil
  ) -> Int {
    var used = 0
    for span in text.spans {
      let remaining = maxWidth.map { $0 - used }
      if let remaining, remaining <= 0 { break }
      used += put(
        span.text, at: Point(x: point.x + used, y: point.y), style: base.merging(span.style),
        maxWidth: remaining)
    }
    return used
  }
}
