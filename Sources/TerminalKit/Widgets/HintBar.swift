/// A one-line list of key hints ("q Quit  ? Help  / Search"), dropping whole hints that do not
/// fit rather than cutting one.
public struct HintBar: Sendable {
  /// One hint: the key as written (``Key/name``) and what it does.
  public struct Hint: Hashable, Sendable {
    /// The key as written: `"Ctrl-R"`.
    public var key: String
    /// What it does: `"Redo"`.
    public var label: String

    /// Creates a hint.
    public init(key: String, label: String) {
      self.key = key
      self.label = label
    }
  }

  /// The hints, most important first.
  public var hints: [Hint]
  /// The style of the keys.
  public var keyStyle: Style
  /// The style of the labels and the bar.
  public var labelStyle: Style

  /// Creates a hint bar.
  public init(hints: [Hint], keyStyle: Style = .bolded, labelStyle: Style = .plain) {
    self.hints = hints
    self.keyStyle = keyStyle
    self.labelStyle = labelStyle
  }

  /// The hints that fit in `width` cells, in order, as styled text.
  public func line(width: Int) -> StyledText {
    var line = StyledText()
    var used = 0
    for hint in hints {
      let separator = line.spans.isEmpty ? "" : "  "
      let needed = DisplayWidth.of(separator + hint.key + " " + hint.label)
      guard used + needed <= width else { break }
      line.append(separator, style: labelStyle)
      line.append(hint.key, style: keyStyle)
      line.append(" " + hint.label, style: labelStyle)
      used += needed
    }
    return line
  }

  /// Draws the bar on the first row of `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    let row = area.row(0)
    buffer.fill(row, style: labelStyle)
    buffer.put(line(width: row.width), at: row.origin, maxWidth: row.width)
  }
}
