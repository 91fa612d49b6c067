extension Coder {
  /// The longest coder name accepted, in Unicode scalars.
  public static let longestName = 100

  /// Why `name` cannot be a coder name, or nil when it can.
  ///
  /// A coder name is recorded on every coding and in file headers: it must be non-empty, at most
  /// ``longestName`` scalars, without spaces at either end, and without control characters (tab,
  /// line breaks, escape) or line and paragraph separators. Callers trim what the user typed
  /// first; the rule itself trims nothing.
  public static func nameProblem(_ name: String) -> String? {
    let scalars = name.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else {
      return "a coder name cannot be empty"
    }
    guard scalars.count <= longestName else {
      return "a coder name has at most \(longestName) characters (this one has \(scalars.count))"
    }
    if let (offset, scalar) = scalars.enumerated().first(where: { isForbidden($0.element) }) {
      let hex = String(scalar.value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return "a coder name cannot contain the control character \(code) (character \(offset + 1))"
    }
    guard !first.properties.isWhitespace, !last.properties.isWhitespace else {
      return "a coder name cannot begin or end with a space"
    }
    return nil
  }

  /// Control characters (C0, DEL, C1) and the line and paragraph separators.
  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }
}
