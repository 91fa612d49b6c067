import SarapCore

extension ClaimsFile {
  /// Throws when a threshold's number is out of bounds.
  ///
  /// Out of bounds: a count above ``InputLimits/largestNumber`` (however many digits), a `share`
  /// above 100 or an `over` of 100 or more. The error points at the number; text that is no
  /// threshold passes, for the caller's own message.
  ///
  /// - Parameters:
  ///   - text: The value as written (`at-least 99999999999`).
  ///   - line: Its line.
  ///   - column: The column the value starts at.
  static func checkThresholdNumber(
    _ text: String, line: Int, column: Int, in source: SourceText
  ) throws(ProjectFileError) {
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count == 2, Threshold.keywords.contains(String(words[0])), !words[1].isEmpty,
      words[1].utf8.allSatisfy({ (0x30...0x39).contains($0) })
    else { return }
    let keyword = words[0]
    let at = column + keyword.unicodeScalars.count + 1
    guard let number = InputLimits.number(words[1]) else {
      throw source.error(
        line: line, column: at,
        "\(keyword) \(words[1]): the number is out of range (0 to \(InputLimits.largestNumber))")
    }
    if keyword == "share", number > 100 {
      throw source.error(
        line: line, column: at, "share \(number): a share is a percentage from 0 to 100")
    }
    if keyword == "over", number >= 100 {
      throw source.error(
        line: line, column: at, "over \(number): over takes a percentage from 0 to 99")
    }
  }
}
