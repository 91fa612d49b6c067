import SarapCore

// MARK: - Personal names

extension AnonymisationRule {
  /// Patronymics: a capitalised word ending in `-ұлы`, `-қызы`, `-ович`, `-евич`, `-овна`,
  /// `-евна` (`-uly`, `-kyzy`, `-ovich`, `-ovna` in Latin letters), wherever it stands, with the
  /// capitalised words beside it (the first name, the surname).
  static let patronymic = AnonymisationRule(
    name: .patronymic,
    summary: "a patronymic by its ending, with the names beside it"
  ) { text in
    NameMatcher(text: text).matches { _, index in
      NameMatcher.stemLength(
        of: index, in: text, endingIn: NameMatcher.patronymicEndings, minimum: 5)
    }
  }

  /// Surnames.
  ///
  /// A capitalised word ending in `-ов`, `-ова`, `-ев`, `-ева`, `-ин`, `-ина` (or
  /// their Latin spellings) of at least five letters, inside a sentence or beside another name.
  /// A country (`Украина`) is not one.
  static let surname = AnonymisationRule(
    name: .surname,
    summary: "a surname by its ending, inside a sentence or beside a name"
  ) { text in
    let matcher = NameMatcher(text: text)
    return matcher.matches { _, index in
      guard
        let length = NameMatcher.stemLength(
          of: index, in: text, endingIn: NameMatcher.surnameEndings, minimum: 5)
      else { return nil }
      return !text.startsSentence(index) || matcher.hasNameBeside(index) ? length : nil
    }
  }

  /// Initials with a surname: `М. Қозыбаев`, `М.Қ. Қозыбаев`, `Қозыбаев М.Қ.`.
  static let initials = AnonymisationRule(
    name: .initials, summary: "initials before or after a surname"
  ) { text in
    NameMatcher(text: text).initials()
  }

  /// Capitalised words inside a sentence.
  ///
  /// Those that are not on Sarap's list of well-known names
  /// (countries, peoples, languages, religions) nor found by a more specific rule; neighbouring
  /// ones are one candidate (`Асқар Бекұлы`). Words in capitals (`АҚШ`) are not flagged.
  static let capitalised = AnonymisationRule(
    name: .capitalised, summary: "a capitalised word inside a sentence, not a well-known name"
  ) { text in
    let matcher = NameMatcher(text: text)
    var matches: [Match] = []
    var index = 0
    while index < text.tokens.count {
      guard matcher.isNameWord(index), !text.startsSentence(index) else {
        index += 1
        continue
      }
      var last = index
      while last + 1 < text.tokens.count, text.isSpaced(last, last + 1),
        matcher.isNameWord(last + 1)
      {
        last += 1
      }
      let range = TextRange(
        start: text.tokens[index].range.start, end: text.tokens[last].coreRange.end)
      matches.append(Match(range: range, kind: .person))
      index = last + 1
    }
    return matches
  }
}

/// The shared steps of the name rules.
struct NameMatcher {
  let text: ScanText

  static let patronymicEndings = [
    "ұлы", "қызы", "улы", "кызы", "ович", "евич", "овна", "евна", "uly", "kyzy", "ovich",
    "evich", "ovna", "evna",
  ]
  static let surnameEndings = [
    "ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ov", "ova", "ev", "eva", "in", "ina",
  ]

  /// The length of the longest stem of a capitalised token ending in one of `endings` with at
  /// least `minimum` letters, nil when there is none.
  static func stemLength(
    of index: Int, in text: ScanText, endingIn endings: [String], minimum: Int
  ) -> Int? {
    let token = text.tokens[index]
    guard token.isCapitalised, !text.isWellKnown(index) else { return nil }
    return text.forms[index]
      .filter { form in
        form.stem.unicodeScalars.count >= minimum && endings.contains { form.stem.hasSuffix($0) }
          && !AnonymisationVocabulary.wellKnown.contains(form.stem)
      }
      .map {
        WordForms.russianOnly.contains($0.ending)
          ? token.text.unicodeScalars.count : $0.stem.unicodeScalars.count
      }.max()
  }

  /// Whether a token is a capitalised word that may be a name: not well known, not a listed
  /// place, not a month, an organisation word or a post.
  func isNameWord(_ index: Int) -> Bool {
    let token = text.tokens[index]
    guard token.isCapitalised, token.text.unicodeScalars.count >= 2, !text.isWellKnown(index)
    else { return false }
    let forms =
      token.core == token.text ? text.forms[index] : WordForms.stems(of: token.core.lowercased())
    return !forms.contains { form in
      KazakhstanPlaces.index[form.stem] != nil
        || AnonymisationVocabulary.months[form.stem] != nil
        || AnonymisationVocabulary.organisationStems.contains(form.stem)
        || AnonymisationVocabulary.organisationPrefixes.contains {
          ScanText.hasPrefix(form.stem, $0)
        }
        || AnonymisationVocabulary.titles.contains { $0 == [form.stem] }
    }
  }

  /// Whether a neighbouring token, on the same line, is a name word or an initial.
  func hasNameBeside(_ index: Int) -> Bool {
    let before = index > 0 && text.isSpaced(index - 1, index) && isNameWord(index - 1)
    let after =
      index + 1 < text.tokens.count && text.isSpaced(index, index + 1) && isNameWord(index + 1)
    return before || after || isInitial(index - 1) || isInitial(index - 2)
  }

  /// The matches of tokens `stem` accepts, each widened to the name words beside it (two
  /// before, one after; a sentence's inflected first word is not one); `stem` returns how many
  /// scalars of the token the name is.
  func matches(_ stem: (ScanText.Token, Int) -> Int?) -> [AnonymisationRule.Match] {
    var matches: [AnonymisationRule.Match] = []
    for (index, token) in text.tokens.enumerated() {
      guard let length = stem(token, index) else { continue }
      var first = index
      while first > 0, index - first < 2, text.isSpaced(first - 1, first),
        isNameWordInSentence(first - 1)
      {
        first -= 1
      }
      var end = token.range.start + length
      if length == token.range.length, index + 1 < text.tokens.count,
        text.isSpaced(index, index + 1), isNameWord(index + 1)
      {
        end = text.tokens[index + 1].range.end
      }
      matches.append(
        AnonymisationRule.Match(
          range: TextRange(start: text.tokens[first].range.start, end: end), kind: .person))
    }
    return matches
  }

  /// Whether a word carries a case ending of two letters or more (`Сертификатта`), or is a
  /// pronoun or conjunction: a word starting a sentence that is one is taken for an ordinary
  /// word, not a first name.
  func isInflected(_ index: Int) -> Bool { Self.isOrdinary(text.tokens[index].lower) }

  /// See ``isInflected(_:)``.
  static func isOrdinary(_ lower: String) -> Bool {
    AnonymisationVocabulary.sentenceWords.contains(lower)
      || WordForms.stems(of: lower).contains { $0.ending.count >= 2 && $0.stem.count >= 3 }
  }

  /// Whether a token may be a name word and is not an ordinary word starting a sentence.
  func isNameWordInSentence(_ index: Int) -> Bool {
    isNameWord(index) && (!text.startsSentence(index) || !isInflected(index))
  }

  /// Whether the token is one capital letter followed by a full stop.
  func isInitial(_ index: Int) -> Bool {
    guard index >= 0, index < text.tokens.count else { return false }
    let token = text.tokens[index]
    guard token.text.unicodeScalars.count == 1,
      let letter = token.text.unicodeScalars.first, letter.properties.isUppercase
    else { return false }
    return token.range.end < text.scalars.count && text.scalars[token.range.end] == "."
  }

  /// Initials before a surname (`М. Қозыбаев`, `М.Қ.Қозыбаев`) or after it (`Қозыбаев М.Қ.`).
  func initials() -> [AnonymisationRule.Match] {
    var matches: [AnonymisationRule.Match] = []
    var index = 0
    while index < text.tokens.count {
      guard isInitial(index) else {
        index += 1
        continue
      }
      var last = index
      if isInitial(index + 1), text.gap(index, index + 1) == "." { last += 1 }
      let next = last + 1
      if next < text.tokens.count, isNameWord(next), isInitialGap(text.gap(last, next)) {
        matches.append(
          AnonymisationRule.Match(range: text.span(index, next), kind: .person))
        index = next + 1
        continue
      }
      if index > 0, isNameWordInSentence(index - 1), text.isSpaced(index - 1, index) {
        let end = text.tokens[last].range.end + 1
        matches.append(
          AnonymisationRule.Match(
            range: TextRange(start: text.tokens[index - 1].range.start, end: end), kind: .person))
      }
      index = last + 1
    }
    return matches
  }

  /// `.` or `. ` between an initial and a surname.
  private func isInitialGap(_ gap: String) -> Bool { gap == "." || gap == ". " || gap == ".\u{A0}" }
}
