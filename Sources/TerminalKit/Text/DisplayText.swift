/// Display normalisation: how stored text becomes cells, applied only when drawing.
///
/// Terminals disagree about emoji sequences and lone marks; ncurses and tmux lay out per scalar
/// with `wcwidth`. So each `Character` is drawn as one or more *display clusters*, each starting
/// with a spacing scalar:
/// - U+200D (ZWJ), U+FE0E and U+FE0F are removed: 👩‍💻 is drawn as 👩💻, ❤️ as ❤;
/// - a cluster starting with a zero-width scalar (a lone mark, ZWSP) gets a U+25CC ◌ base;
/// - a tab becomes one space; controls and unprintable scalars become U+FFFD;
/// - at most 4 zero-width scalars follow each spacing scalar (ncurses drops the rest silently).
///
/// Stored text never changes; offsets stay in the original scalars.
public enum DisplayText {
  /// One drawn cluster: its scalars and the cells it takes (≥ 1).
  public struct Cluster: Hashable, Sendable {
    /// The scalars to draw, starting with a spacing one.
    public var text: String
    /// The cells it takes.
    public var width: Int
  }

  /// The base drawn under a cluster that starts with a zero-width scalar.
  public static let markBase: Unicode.Scalar = "\u{25CC}"
  /// What a control or unprintable scalar is drawn as.
  public static let replacement: Unicode.Scalar = "\u{FFFD}"
  /// The most zero-width scalars one cell carries (ncurses' `CCHARW_MAX` - 1).
  public static let maximumMarksPerCell = 4

  /// Whether `scalar` is removed before drawing (joiner, text/emoji variation selectors).
  static func isStripped(_ value: UInt32) -> Bool {
    value == 0x200D || value == 0xFE0E || value == 0xFE0F
  }

  /// The cells a one-scalar `Character` takes when drawn.
  static func singleScalarWidth(_ scalar: Unicode.Scalar) -> Int {
    if isStripped(scalar.value) { return 0 }
    let width = drawnScalar(scalar).map { WidthTable.width(of: $0.value) } ?? 1
    return width == 0 ? 1 : width
  }

  /// The scalar drawn for `scalar`, before ◌ bases: space for a tab, U+FFFD for controls.
  static func drawnScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    if value == 0x09 { return " " }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return replacement }
    if WidthTable.width(of: value) < 0 { return replacement }
    return scalar
  }

  /// The display clusters `character` is drawn as; empty for a lone joiner or selector.
  public static func clusters(of character: Character) -> [Cluster] {
    var scalars = String.UnicodeScalarView()
    for scalar in character.unicodeScalars where !isStripped(scalar.value) {
      if let drawn = drawnScalar(scalar) { scalars.append(drawn) }
    }
    if scalars.isEmpty { return [] }
    return String(scalars).map(cluster(from:))
  }

  /// One display cluster from a `Character` of already mapped scalars: ◌ base, capped marks.
  static func cluster(from character: Character) -> Cluster {
    var text = String.UnicodeScalarView()
    var width = 0
    var marks = 0
    for scalar in character.unicodeScalars {
      let scalarWidth = WidthTable.width(of: scalar.value)
      if scalarWidth == 0 {
        if text.isEmpty {
          text.append(markBase)
          width += 1
        }
        marks += 1
        if marks > maximumMarksPerCell { continue }
      } else {
        marks = 0
        width += scalarWidth
      }
      text.append(scalar)
    }
    return Cluster(text: String(text), width: width)
  }

  /// The display clusters of `text`, in order: what ``ScreenBuffer/put(_:at:style:maxWidth:)``
  /// draws.
  public static func clusters(of text: String) -> [Cluster] {
    var result: [Cluster] = []
    for character in text { appendClusters(of: character, to: &result) }
    return result
  }

  /// Appends the display clusters of `character` to `clusters`, fast for one printable scalar.
  static func appendClusters(of character: Character, to clusters: inout [Cluster]) {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      let width = WidthTable.width(of: scalar.value)
      if width > 0 && scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value) {
        clusters.append(Cluster(text: String(character), width: width))
        return
      }
    }
    clusters.append(contentsOf: self.clusters(of: character))
  }
}
