import SarapCore

// MARK: - E-mail addresses and phone numbers

extension AnonymisationRule {
  /// E-mail addresses: `name@example.kz`, a dot and a top-level domain of two or more letters
  /// after the `@`.
  static let email = AnonymisationRule(name: .email, summary: "an e-mail address") { text in
    ContactMatcher(scalars: text.scalars).emails()
  }

  /// Phone numbers.
  ///
  /// 11 digits starting with `+7`, `7` or `8` (Kazakhstan and Russia), or 10 to
  /// 13 digits after a `+`, with spaces, hyphens and brackets between (`+7 701 123 45 67`,
  /// `8 (727) 123-45-67`). A span of years (`2019-2021`) or a large number is not one.
  static let phone = AnonymisationRule(
    name: .phone, summary: "a phone number of 11 digits from +7, 7 or 8, or 10 to 13 after a +"
  ) { text in
    ContactMatcher(scalars: text.scalars).phones()
  }
}

/// The steps of the e-mail and phone rules, on scalars.
struct ContactMatcher {
  let scalars: [Unicode.Scalar]

  private static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || "._%+-".unicodeScalars.contains(scalar))
  }

  private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || ".-".unicodeScalars.contains(scalar))
  }

  func emails() -> [AnonymisationRule.Match] {
    var matches: [AnonymisationRule.Match] = []
    for (at, scalar) in scalars.enumerated() where scalar == "@" {
      var start = at
      while start > 0, Self.isLocal(scalars[start - 1]) { start -= 1 }
      var end = at + 1
      while end < scalars.count, Self.isDomain(scalars[end]) { end += 1 }
      while end > at + 1, ".-".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
      let domain = String(String.UnicodeScalarView(scalars[(at + 1)..<end]))
      guard start < at, let dot = domain.lastIndex(of: "."),
        domain[domain.index(after: dot)...].count >= 2,
        domain[domain.index(after: dot)...].allSatisfy(\.isLetter)
      else { continue }
      matches.append(
        AnonymisationRule.Match(range: TextRange(start: start, end: end), kind: .email))
    }
    return matches
  }

  func phones() -> [AnonymisationRule.Match] {
    var matches: [AnonymisationRule.Match] = []
    var index = 0
    while index < scalars.count {
      guard isPhoneStart(index) else {
        index += 1
        continue
      }
      var end = index + 1
      var digits: [Unicode.Scalar] = scalars[index] == "+" ? [] : [scalars[index]]
      while end < scalars.count,
        ("0"..."9").contains(scalars[end]) || " -()\u{A0}".unicodeScalars.contains(scalars[end])
      {
        if ("0"..."9").contains(scalars[end]) { digits.append(scalars[end]) }
        end += 1
      }
      while end > index, !("0"..."9").contains(scalars[end - 1]) { end -= 1 }
      let isPlus = scalars[index] == "+"
      let fits =
        isPlus
        ? (10...13).contains(digits.count)
        : digits.count == 11 && ["7", "8"].contains(digits.first ?? "0")
      let followedByWord = end < scalars.count && ScanText.isWordScalar(scalars[end])
      if fits, !followedByWord {
        matches.append(
          AnonymisationRule.Match(range: TextRange(start: index, end: end), kind: .phone))
        index = end
      } else {
        index = max(end, index + 1)
      }
    }
    return matches
  }

  /// A `+` before a digit, or a digit not preceded by a letter or digit.
  private func isPhoneStart(_ index: Int) -> Bool {
    if index > 0, ScanText.isWordScalar(scalars[index - 1]) { return false }
    if scalars[index] == "+" {
      return index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])
    }
    return ("7"..."8").contains(scalars[index])
  }
}
