/// An sRGB colour written `#RRGGBB`.
public struct Colour: Hashable, Sendable, CustomStringConvertible {
  /// Red, 0-255.
  public var red: UInt8
  /// Green, 0-255.
  public var green: UInt8
  /// Blue, 0-255.
  public var blue: UInt8

  /// Creates a colour from its components.
  public init(red: UInt8, green: UInt8, blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Parses `#RRGGBB` (case-insensitive); nil for anything else, including `#RRGGBBAA`.
  public init?(hex: String) {
    let digits = Array(hex.utf8)
    guard digits.count == 7, digits[0] == UInt8(ascii: "#") else { return nil }
    var values: [UInt8] = []
    for index in stride(from: 1, to: 7, by: 2) {
      guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else {
        return nil
      }
      values.append(high << 4 | low)
    }
    self.init(red: values[0], green: values[1], blue: values[2])
  }

  /// The colour as `#RRGGBB`, upper-case.
  public var hex: String {
    "#"
      + [red, green, blue].map { byte in
        let text = String(byte, radix: 16, uppercase: true)
        return text.count == 1 ? "0" + text : text
      }.joined()
  }

  public var description: String { hex }

  private static func nibble(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
