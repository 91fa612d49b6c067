/// The bounds every number and every nesting read from a file is held to.
///
/// A hostile or corrupt file gets an error naming its place instead of an arithmetic overflow or
/// a stack overflow. See docs/durability.md, "Hostile and malformed input".
public enum InputLimits {
  /// The largest number read from a file as an offset, a position, a line or a sequence number.
  ///
  /// 2³¹ − 1: real values are far below it (an archive entry holds at most 256 MiB), and any sum
  /// of two stays far inside `Int`.
  public static let largestNumber = 2_147_483_647

  /// The deepest element nesting an XML document may have.
  ///
  /// REFI-QDA documents nest a few levels plus the depth of the codebook; libxml2 itself refuses
  /// deeper than 256 by default.
  public static let deepestXMLNesting = 256

  /// The numbers a file may hold: 0 to ``largestNumber``.
  public static let numbers = 0...largestNumber

  /// A non-negative decimal number of digits only (no sign, no spaces) of at most
  /// ``largestNumber``; nil for anything else.
  public static func number(_ text: some StringProtocol) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 10,
      text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(text),
      value <= largestNumber
    else { return nil }
    return value
  }
}
