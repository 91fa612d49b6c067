import SarapCore

// MARK: - Dates, ages, years of service

extension AnonymisationRule {
  /// Dates with a day and a month.
  ///
  /// For example `12 наурыз` (with Kazakh endings, and a year before it:
  /// `2021 жылғы 12 наурызда`), `12 марта 2021`, `12 March 2021`, `March 12, 2021`,
  /// `12.03.2021`, `2021-03-12`. A year alone, or a month alone (`Наурыз мерекесі`), is not one.
  static let date = AnonymisationRule(
    name: .date, summary: "a date with a day and a month, in words or digits"
  ) { text in
    NumberMatcher(text: text).dates()
  }

  /// Ages.
  ///
  /// For example `45 жастамын`, `45 жасымда`, `мне 45 лет`, `45-летний`, `45 years old`, `aged 45`.
  /// The number is the passage (`[ЖАС-1] жастамын`).
  static let age = AnonymisationRule(
    name: .age, summary: "a number of years said to be an age"
  ) { text in
    NumberMatcher(text: text).ages()
  }

  /// Years of service.
  ///
  /// A number of years followed within three words by work or experience
  /// (`20 жыл жұмыс істедім`, `15 жылдық тәжірибе`, `стаж 20 лет`, `20 лет работаю`,
  /// `20 years of experience`). `20 жыл бұрын` (20 years ago) is not one. The number is the
  /// passage.
  static let service = AnonymisationRule(
    name: .service, summary: "a number of years followed or preceded by words of work or experience"
  ) { text in
    NumberMatcher(text: text).service()
  }
}

/// The steps of the date, age and service rules.
struct NumberMatcher {
  let text: ScanText

  private func token(_ index: Int) -> ScanText.Token? {
    text.tokens.indices.contains(index) ? text.tokens[index] : nil
  }

  private func month(_ index: Int) -> (month: Int, stemEnd: Int)? {
    guard let token = token(index) else { return nil }
    for form in text.forms[index] {
      if let month = AnonymisationVocabulary.months[form.stem] {
        return (month, token.range.start + form.stem.unicodeScalars.count)
      }
    }
    return nil
  }

  private func isDay(_ index: Int) -> Bool {
    guard let day = token(index)?.number else { return false }
    return (1...31).contains(day) && token(index)?.text.count ?? 3 <= 2
  }

  private func isYear(_ index: Int) -> Bool {
    guard let year = token(index)?.number else { return false }
    return (1900...2100).contains(year)
  }

  func dates() -> [AnonymisationRule.Match] {
    var matches: [AnonymisationRule.Match] = []
    for index in text.tokens.indices {
      if let range = dayMonth(index) ?? monthDay(index) ?? numeric(index) {
        matches.append(AnonymisationRule.Match(range: range, kind: .date))
      }
    }
    return matches
  }

  /// `12 наурыз`, `12 марта 2021`, `2021 жылғы 12 наурызда`.
  private func dayMonth(_ index: Int) -> TextRange? {
    guard isDay(index), text.tokens.indices.contains(index + 1), text.isSpaced(index, index + 1),
      let (_, stemEnd) = month(index + 1)
    else { return nil }
    var start = text.tokens[index].range.start
    var end = stemEnd
    if isYear(index + 2), text.isSpaced(index + 1, index + 2),
      stemEnd == text.tokens[index + 1].range.end
    {
      end = text.tokens[index + 2].range.end
    }
    if index >= 2, isYear(index - 2), let word = token(index - 1),
      word.lower.hasPrefix("жыл"), text.isSpaced(index - 2, index - 1)
    {
      start = text.tokens[index - 2].range.start
    }
    return TextRange(start: start, end: end)
  }

  /// `March 12`, `March 12, 2021`.
  private func monthDay(_ index: Int) -> TextRange? {
    guard let token = token(index), token.lower.unicodeScalars.allSatisfy({ $0.isASCII }),
      month(index) != nil, isDay(index + 1), text.isSpaced(index, index + 1)
    else { return nil }
    var end = text.tokens[index + 1].range.end
    if isYear(index + 2), [", ", " "].contains(text.gap(index + 1, index + 2)) {
      end = text.tokens[index + 2].range.end
    }
    return TextRange(start: token.range.start, end: end)
  }

  /// `12.03.2021`, `12/03/2021` and `2021-03-12`.
  private func numeric(_ index: Int) -> TextRange? {
    guard let token = token(index) else { return nil }
    let parts = token.text.split(separator: "-")
    if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
      parts[0].count == 4, let month = Int(parts[1]), (1...12).contains(month),
      let day = Int(parts[2]), (1...31).contains(day)
    {
      return token.range
    }
    guard isDay(index), let month = self.token(index + 1)?.number, (1...12).contains(month),
      isYear(index + 2)
        || (self.token(index + 2)?.text.count == 2 && self.token(index + 2)?.isNumber == true)
    else { return nil }
    let first = text.gap(index, index + 1)
    guard [".", "/"].contains(first), text.gap(index + 1, index + 2) == first else { return nil }
    return text.span(index, index + 2)
  }

  func ages() -> [AnonymisationRule.Match] {
    var matches: [AnonymisationRule.Match] = []
    for index in text.tokens.indices {
      let token = text.tokens[index]
      if let prefix = ageInWord(token) {
        matches.append(
          AnonymisationRule.Match(
            range: TextRange(start: token.range.start, end: token.range.start + prefix),
            kind: .age))
        continue
      }
      guard let age = token.number, (1...120).contains(age), isAge(after: index) else {
        continue
      }
      matches.append(AnonymisationRule.Match(range: token.range, kind: .age))
    }
    return matches
  }

  /// The length of the number in `45-летний` or `45-year-old`, nil for other words.
  private func ageInWord(_ token: ScanText.Token) -> Int? {
    let parts = token.lower.split(separator: "-", maxSplits: 1)
    guard parts.count == 2, let number = Int(parts[0]), (1...120).contains(number),
      parts[1].hasPrefix("летн") || parts[1].hasPrefix("year-old") || parts[1] == "year-old"
    else { return nil }
    return parts[0].count
  }

  /// Whether the words around a number say it is an age.
  private func isAge(after index: Int) -> Bool {
    let next = token(index + 1)?.lower ?? ""
    let before = token(index - 1)?.lower ?? ""
    let twoBefore = token(index - 2)?.lower ?? ""
    if AnonymisationVocabulary.ageWords.contains(next) { return true }
    if ["лет", "год", "года"].contains(next), ["мне", "исполнилось", "возрасте"].contains(before) {
      return true
    }
    if next == "years" || next == "year", token(index + 2)?.lower == "old" { return true }
    return before == "aged" || (before == "of" && twoBefore == "age") || before == "age"
  }

  func service() -> [AnonymisationRule.Match] {
    var matches: [AnonymisationRule.Match] = []
    for index in text.tokens.indices {
      guard let years = text.tokens[index].number, (1...70).contains(years) else { continue }
      if isService(index) {
        matches.append(AnonymisationRule.Match(range: text.tokens[index].range, kind: .service))
      }
    }
    return matches
  }

  /// Words of work and experience, as prefixes.
  private static let workWords = [
    "жұмыс", "қызмет", "еңбек", "тәжірибе", "өтіл", "істе", "работ", "служ", "стаж", "опыт",
    "труд", "experience", "service", "work", "serv",
  ]

  /// Whether the number at `index` counts years of work.
  private func isService(_ index: Int) -> Bool {
    let unit = token(index + 1)?.lower ?? ""
    let isYears =
      unit.hasPrefix("жыл") || ["лет", "год", "года", "years", "year"].contains(unit)
    guard isYears else { return false }
    let isWork = { (offset: Int) -> Bool in
      guard let word = token(offset)?.lower else { return false }
      return Self.workWords.contains { word.hasPrefix($0) }
    }
    if (index + 2...index + 4).contains(where: isWork) { return true }
    return (index - 3...index - 1).contains(where: isWork)
  }
}
