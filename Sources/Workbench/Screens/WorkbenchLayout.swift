import TerminalKit

/// Where the main screen's parts go for a terminal size: a pure function, tested as ASCII boxes.
///
/// ```
/// Transcripts          │ R07 · Q2а
/// R01  3               │▌▌  ресей  Ресей ықпалы …
/// Codebook             │
/// ▾ Ресей (12)         │
/// project · coder · R07 · 120/5302 · Q2а          (status)
/// j/k move  v select  c code  ? help  q quit     (hints)
/// ```
/// The left column holds the transcript list above the codebook tree; the reader takes the rest,
/// a gutter of coding stripes on its left. Below ``minimumSize`` there is no layout, and the
/// screen says how big it must be.
public struct WorkbenchLayout: Equatable, Sendable {
  /// The transcript list, title row included.
  public var transcripts: Rect
  /// The codebook tree, title row included.
  public var codebook: Rect
  /// The column between the left panes and the reader.
  public var separator: Rect
  /// The reader, title row included.
  public var reader: Rect
  /// The reader's coding-stripe gutter (below the title row).
  public var gutter: Rect
  /// The reader's text (below the title row, right of the gutter).
  public var text: Rect
  /// The status line.
  public var status: Rect
  /// The key-hint line.
  public var hints: Rect

  /// The smallest terminal the workbench draws in.
  public static let minimumSize = Size(width: 60, height: 14)

  /// The gutter's width for a reader `readerWidth` wide: 12 columns in a narrow reader, else a
  /// sixth of the reader (16 to 32), so code names use the room a wide window has.
  static func gutterWidth(readerWidth: Int) -> Int {
    readerWidth >= 80 ? min(32, max(16, readerWidth / 6)) : 12
  }

  /// Lays out the main screen; nil when `size` is below ``minimumSize``.
  public static func arrange(_ size: Size) -> WorkbenchLayout? {
    guard size.width >= minimumSize.width, size.height >= minimumSize.height else { return nil }
    let (main, footer) = Rect(origin: .zero, size: size).splitBottom(2)
    let leftWidth = min(max(size.width * 28 / 100, 22), 36)
    let (left, rest) = main.splitLeft(leftWidth)
    let (separator, reader) = rest.splitLeft(1)
    let (transcripts, codebook) = left.splitTop(max(5, main.height * 2 / 5))
    let body = reader.inset(top: 1)
    let (gutter, text) = body.splitLeft(gutterWidth(readerWidth: reader.width))
    return WorkbenchLayout(
      transcripts: transcripts, codebook: codebook, separator: separator, reader: reader,
      gutter: gutter, text: text.inset(right: 1), status: footer.row(0), hints: footer.row(1))
  }
}
