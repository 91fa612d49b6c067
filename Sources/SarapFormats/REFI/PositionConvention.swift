/// A way of counting text positions that a tool may have used for its selections.
///
/// The standard counts Unicode code points from 0 in the source file (§10.2). Tools deviate: NVivo
/// counts CRLF as two positions while others normalise it to one, .NET and Qt tools count UTF-16
/// code units, and some read the end position as inclusive ("the last character").
public struct PositionConvention: Hashable, Sendable, CustomStringConvertible {
  /// What one position is.
  public enum Unit: Hashable, Sendable {
    /// A Unicode scalar (code point), as the standard says.
    case scalar
    /// A UTF-16 code unit (a character outside the BMP counts two).
    case utf16
  }

  /// The unit counted.
  public var unit: Unit
  /// Whether a CRLF counts as two positions (the text as stored) rather than one.
  public var crlfCountsTwo: Bool
  /// Whether `endPosition` is the last selected position rather than one past it.
  public var inclusiveEnd: Bool

  /// Creates a convention.
  public init(unit: Unit, crlfCountsTwo: Bool, inclusiveEnd: Bool) {
    self.unit = unit
    self.crlfCountsTwo = crlfCountsTwo
    self.inclusiveEnd = inclusiveEnd
  }

  /// The conventions in order of preference when several fit equally well: the standard's reading
  /// of the file as stored first.
  public static let preferenceOrder: [PositionConvention] = [false, true].flatMap { inclusive in
    [Unit.scalar, .utf16].flatMap { unit in
      [true, false].map {
        PositionConvention(unit: unit, crlfCountsTwo: $0, inclusiveEnd: inclusive)
      }
    }
  }

  /// The standard's convention: code points of the file as stored, end exclusive.
  public static let standard = PositionConvention(
    unit: .scalar, crlfCountsTwo: true, inclusiveEnd: false)

  public var description: String { description(mentioningCRLF: true) }

  /// The convention in words; the CRLF rule only when the text has a CRLF.
  public func description(mentioningCRLF: Bool) -> String {
    let unitText = unit == .scalar ? "code points" : "UTF-16 code units"
    let lines = crlfCountsTwo ? ", CRLF counted as two" : ", CRLF counted as one"
    let end = inclusiveEnd ? ", end inclusive" : ", end exclusive"
    return unitText + (mentioningCRLF ? lines : "") + end
  }
}
