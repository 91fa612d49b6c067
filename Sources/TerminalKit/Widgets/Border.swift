/// The characters of a box; all are one cell wide in glibc's `wcwidth`.
public struct BoxCharacters: Hashable, Sendable {
  /// Corners.
  public var topLeft, topRight, bottomLeft, bottomRight: Character
  /// Edges.
  public var horizontal, vertical: Character

  /// Creates a box from its corner and edge characters.
  public init(
    topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
    horizontal: Character, vertical: Character
  ) {
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.horizontal = horizontal
    self.vertical = vertical
  }

  /// `+-+|`: draws in any terminal and font.
  public static let ascii = BoxCharacters(
    topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-",
    vertical: "|")
  /// `┌─┐│└┘`: box drawing (East Asian Ambiguous; needs "ambiguous = narrow").
  public static let light = BoxCharacters(
    topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─",
    vertical: "│")
  /// `╭─╮│╰╯`: rounded box drawing.
  public static let rounded = BoxCharacters(
    topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─",
    vertical: "│")
}

/// A box around an area, with an optional title in its top edge.
public struct Border: Sendable {
  /// The characters drawn.
  public var characters: BoxCharacters
  /// The title, drawn after the top-left corner between two spaces (`┌ R03 ───┐`), clipped.
  public var title: StyledText?
  /// The style of the box.
  public var style: Style

  /// Creates a border.
  public init(_ characters: BoxCharacters = .light, title: StyledText? = nil, style: Style = .plain)
  {
    self.characters = characters
    self.title = title
    self.style = style
  }

  /// Draws the box on the edge of `area` and returns the area inside it (empty when `area` is
  /// smaller than 2×2, in which case nothing is drawn).
  @discardableResult
  public func render(into buffer: inout ScreenBuffer, area: Rect) -> Rect {
    guard area.width >= 2, area.height >= 2 else {
      return Rect(x: area.x, y: area.y, width: 0, height: 0)
    }
    let box = characters
    let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1)
    buffer.fill(inner, with: box.horizontal, style: style)
    buffer.fill(inner.offsetBy(rows: area.height - 1), with: box.horizontal, style: style)
    let sides = Rect(x: area.x, y: area.y + 1, width: 1, height: area.height - 2)
    buffer.fill(sides, with: box.vertical, style: style)
    buffer.fill(sides.offsetBy(columns: area.width - 1), with: box.vertical, style: style)
    buffer.put(String(box.topLeft), at: area.origin, style: style)
    buffer.put(String(box.topRight), at: Point(x: area.maxX - 1, y: area.y), style: style)
    buffer.put(String(box.bottomLeft), at: Point(x: area.x, y: area.maxY - 1), style: style)
    buffer.put(String(box.bottomRight), at: Point(x: area.maxX - 1, y: area.maxY - 1), style: style)
    if let title, !title.spans.isEmpty {
      let padded = StyledText([.init(" ")] + title.spans + [.init(" ")])
      buffer.put(padded, at: inner.origin, base: style, maxWidth: inner.width)
    }
    return area.inset(by: 1)
  }
}

extension Rect {
  /// The rectangle moved by `columns` and `rows`.
  public func offsetBy(columns: Int = 0, rows: Int = 0) -> Rect {
    Rect(x: x + columns, y: y + rows, width: width, height: height)
  }
}
