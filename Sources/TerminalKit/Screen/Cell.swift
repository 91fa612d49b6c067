/// One cell of a ``ScreenBuffer``: the display cluster drawn there and its style.
///
/// A cluster wider than one cell sits in its *lead* cell (`width` ≥ 2) and owns the cells to its
/// right, which are *continuation* cells (`width` 0, empty text). Overwriting any part of such a
/// cluster blanks all of it.
public struct Cell: Hashable, Sendable {
  /// The scalars drawn here (one display cluster); empty on a continuation cell.
  public var text: String
  /// How the cell is drawn.
  public var style: Style
  /// The cells the cluster takes on its lead cell (≥ 1); 0 on a continuation cell.
  public var width: Int

  /// Creates a cell.
  public init(text: String, style: Style = .plain, width: Int = 1) {
    self.text = text
    self.style = style
    self.width = width
  }

  /// A space in `style`.
  public static func blank(_ style: Style = .plain) -> Cell {
    Cell(text: " ", style: style, width: 1)
  }

  /// A continuation cell of a wide cluster, in `style`.
  static func continuation(_ style: Style) -> Cell {
    Cell(text: "", style: style, width: 0)
  }

  /// Whether the cell continues a wide cluster to its left.
  public var isContinuation: Bool { width == 0 }
}
