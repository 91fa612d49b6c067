import SarapCore

// MARK: - Organisations and posts

extension AnonymisationRule {
  /// Organisations, named.
  ///
  /// A word such as `университет`, `институт`, `министрлігі`, `қоры`,
  /// `агенттігі`, `фонд`, `University`, `Foundation` with its name: up to three words before it
  /// that start with a capitalised or quoted one (`Назарбаев Университеті`, `«Болашақ» қоры`),
  /// or, for a capitalised word inside a sentence, the capitalised or quoted words after it
  /// (`University of Central Asia`, `фонд «Болашак»`, `Институт философии`). A bare word
  /// (`университетте оқыдым`) is not flagged.
  static let organisation = AnonymisationRule(
    name: .organisation,
    summary: "a word for an organisation with the capitalised or quoted name around it"
  ) { text in
    OrganisationMatcher(text: text).matches()
  }

  /// Posts with one holder: `министрдің орынбасары`, `ректор`, `әкім`, `елші`, `директор` and
  /// their Russian and English equivalents, in the singular.
  static let title = AnonymisationRule(
    name: .title, summary: "a post one person holds at a time, in the singular"
  ) { text in
    var matches: [Match] = []
    for index in text.tokens.indices where mayStartTitle(index, in: text) {
      for phrase in AnonymisationVocabulary.titles {
        guard index + phrase.count <= text.tokens.count else { continue }
        let fits = phrase.enumerated().allSatisfy { offset, stem in
          let token = index + offset
          return (offset == 0 || text.isSpaced(token - 1, token))
            && Self.isTitleWord(text.tokens[token].lower, stem, forms: text.forms[token])
        }
        if fits {
          matches.append(Match(range: text.span(index, index + phrase.count - 1), kind: .title))
          break
        }
      }
    }
    return matches
  }
}

extension AnonymisationRule {
  /// Whether a token may start a title: one of its stems is a title's first word, or it starts
  /// with a long one (``isTitleWord(_:_:forms:)``).
  fileprivate static func mayStartTitle(_ index: Int, in text: ScanText) -> Bool {
    let lower = text.tokens[index].lower
    return text.forms[index].contains { AnonymisationVocabulary.titleFirstWords.contains($0.stem) }
      || AnonymisationVocabulary.longTitleFirstWords.contains { ScanText.hasPrefix(lower, $0) }
  }

  /// Whether a word is a singular form of a title's word: `stem` with endings other than a
  /// plural, or, for a stem of nine letters or more, any word starting with it
  /// (`заместителем`).
  fileprivate static func isTitleWord(
    _ lower: String, _ stem: String, forms: [(stem: String, ending: String)]
  ) -> Bool {
    if stem.count >= 9, ScanText.hasPrefix(lower, stem) { return true }
    return forms.contains { form in
      form.stem == stem && !WordForms.plurals.contains { form.ending.hasPrefix($0) }
    }
  }
}

/// The steps of the organisation rule.
struct OrganisationMatcher {
  let text: ScanText

  func matches() -> [AnonymisationRule.Match] {
    text.tokens.indices.compactMap { index in
      guard isOrganisationWord(index) else { return nil }
      let start = nameBefore(index) ?? text.tokens[index].range.start
      let end = nameAfter(index) ?? text.tokens[index].range.end
      guard start < text.tokens[index].range.start || end > text.tokens[index].range.end else {
        return nil
      }
      return AnonymisationRule.Match(range: TextRange(start: start, end: end), kind: .organisation)
    }
  }

  func isOrganisationWord(_ index: Int) -> Bool {
    let lower = text.tokens[index].lower
    guard let first = lower.unicodeScalars.first else { return false }
    return AnonymisationVocabulary.organisationInitials.contains(first)
      && AnonymisationVocabulary.organisationPrefixes.contains { ScanText.hasPrefix(lower, $0) }
      || text.forms[index].contains {
        AnonymisationVocabulary.organisationStems.contains($0.stem)
      }
  }

  /// Where the name before the word starts.
  ///
  /// A capitalised or quoted word one or two words
  /// before it (on the same line, only spaces and quotes between), and the capitalised words
  /// right before that one (`Ақжелкен Ұлттық Зерттеу Институты`). Well-known names (`Ресей`) and words capitalised only because they
  /// start a sentence (`Мәселен`, for example) are not names.
  private func nameBefore(_ index: Int) -> Int? {
    var start: Int?
    var first = index
    while first > 0, index - first < 2, isNameGap(text.gap(first - 1, first)) {
      first -= 1
      if isNameWord(first, keyword: index) {
        start = first
        break
      }
    }
    guard var name = start else { return nil }
    while name > 0, index - name < 5, let step = wordsTaken(before: name) { name -= step }
    return openingQuote(before: name)
  }

  /// How many words the name takes in before `name`: a capitalised word (1), or a well-known one
  /// with such a word before it (2: `Ақжелкен Ұлттық`); nil when it stops (at a well-known
  /// name alone, `Америка`, or an ordinary word starting a sentence).
  private func wordsTaken(before name: Int) -> Int? {
    func takes(_ index: Int) -> Bool {
      index >= 0 && isNameGap(text.gap(index, index + 1))
        && (text.tokens[index].isCapitalised || isQuoted(index))
        && (!text.startsSentence(index) || !NameMatcher.isOrdinary(text.tokens[index].lower))
    }
    guard takes(name - 1) else { return nil }
    guard AnonymisationVocabulary.isWellKnown(text.tokens[name - 1].core) else { return 1 }
    guard takes(name - 2), !AnonymisationVocabulary.isWellKnown(text.tokens[name - 2].core) else {
      return nil
    }
    return 2
  }

  private func isNameWord(_ index: Int, keyword: Int) -> Bool {
    if isQuoted(index) { return true }
    let token = text.tokens[index]
    return token.isCapitalised && !AnonymisationVocabulary.isWellKnown(token.core)
      && (!text.startsSentence(index)
        || (index == keyword - 1 && !NameMatcher.isOrdinary(token.lower)))
  }

  /// Where the name after a capitalised word inside a sentence (or a quoted name) ends.
  private func nameAfter(_ index: Int) -> Int? {
    let word = text.tokens[index]
    var end: Int?
    var last = index
    let reads = word.isCapitalised && !text.startsSentence(index)
    while last + 1 < text.tokens.count, last - index < 4, isNameGap(text.gap(last, last + 1)) {
      let next = text.tokens[last + 1]
      if isQuoted(last + 1) || (reads && next.isCapitalised) {
        last += 1
        end = closingQuote(after: last)
      } else if reads, ["of", "for", "and", "the"].contains(next.lower),
        last + 2 < text.tokens.count, text.tokens[last + 2].isCapitalised
      {
        last += 1
      } else if reads, isRussianGenitive(next) {
        last += 1
        end = next.range.end
      } else {
        break
      }
    }
    return end
  }

  private func isNameGap(_ gap: String) -> Bool {
    !gap.isEmpty && gap.unicodeScalars.count <= 3
      && gap.unicodeScalars.allSatisfy { " «»\"“”„".unicodeScalars.contains($0) }
  }

  /// Whether a quotation mark opens right before the token.
  private func isQuoted(_ index: Int) -> Bool {
    let start = text.tokens[index].range.start
    return start > 0 && "«\"“„".unicodeScalars.contains(text.scalars[start - 1])
  }

  private func openingQuote(before index: Int) -> Int {
    let start = text.tokens[index].range.start
    return isQuoted(index) ? start - 1 : start
  }

  private func closingQuote(after index: Int) -> Int {
    let end = text.tokens[index].range.end
    return end < text.scalars.count && "»\"”".unicodeScalars.contains(text.scalars[end])
      ? end + 1 : end
  }

  /// A lower-case Cyrillic word with a genitive-looking ending (`философии`, `экономики`).
  private func isRussianGenitive(_ token: ScanText.Token) -> Bool {
    guard !token.isCapitalised, !AnonymisationVocabulary.russianStops.contains(token.lower),
      token.lower.unicodeScalars.allSatisfy({ ("а"..."я").contains($0) || $0 == "ё" })
    else { return false }
    return ["ии", "ий", "ой", "ых", "их", "ого", "его", "ей", "ства", "ики", "ки"].contains {
      token.lower.hasSuffix($0)
    }
  }
}
