extension Coder {
  /// The most characters a coder's name may have.
  public static let maximumNameLength = 64

  /// The coder a name names, without its surrounding spaces; throws when the name cannot be one.
  ///
  /// A name is recorded on every coding, in history and audit lines separated by tabs, and in
  /// REFI-QDA selection keys (`coder/transcript/start..end/code`), so it must be non-blank, at most
  /// ``maximumNameLength`` characters, hold a letter or digit, and contain no tab, line break or
  /// other control character and no `/` or `\`. Letters of every script are welcome.
  public static func named(_ name: String) throws(NameProblem) -> Coder.ID {
    let leading = name.unicodeScalars.prefix(while: isSpace).count
    let scalars = name.unicodeScalars.dropFirst(leading).reversed().drop(while: isSpace).reversed()
    let trimmed = String(String.UnicodeScalarView(scalars))
    guard !trimmed.isEmpty else { throw .blank }
    for (offset, scalar) in scalars.enumerated() where isForbidden(scalar) {
      throw .forbidden(scalar, column: leading + offset + 1)
    }
    guard trimmed.count <= maximumNameLength else { throw .tooLong(trimmed.count) }
    guard trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic || isDigit($0) })
    else { throw .noLetterOrDigit }
    return Coder.ID(trimmed)
  }

  /// Why a name cannot name a coder.
  public enum NameProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name is empty or only spaces.
    case blank
    /// The name has more than ``Coder/maximumNameLength`` characters (it has this many).
    case tooLong(Int)
    /// The name holds a character a name may not hold, at this 1-based column (Unicode scalars).
    case forbidden(Unicode.Scalar, column: Int)
    /// The name has neither a letter nor a digit.
    case noLetterOrDigit

    public var description: String {
      guard case .forbidden(_, let column) = self else { return message }
      return "\(message) (column \(column))"
    }

    /// What is wrong, without the column.
    public var message: String {
      switch self {
      case .blank: "a coder's name cannot be blank"
      case .tooLong(let count):
        "a coder's name has at most \(Coder.maximumNameLength) characters (this one has \(count))"
      case .forbidden(let scalar, _): "a coder's name cannot hold \(Self.describe(scalar))"
      case .noLetterOrDigit: "a coder's name needs a letter or a digit"
      }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
      switch scalar {
      case "\t": "a tab"
      case "\n", "\r", "\u{2028}", "\u{2029}": "a line break"
      case "/", "\\": "'\(scalar)'"
      default: "the control character U+\(String(scalar.value, radix: 16, uppercase: true))"
      }
    }
  }

  /// Tabs, line breaks, control and format characters, and the separators `/` and `\`.
  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "/" || scalar == "\\" { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// A space separator (U+0020, no-break and other spaces): trimmed from either end of a name.
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .spaceSeparator
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType == .decimal
  }
}
