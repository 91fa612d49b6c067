import SarapCore

// MARK: - Places

extension AnonymisationRule {
  /// Kazakhstan's regions and cities on the list shipped with Sarap (``KazakhstanPlaces``), in
  /// Kazakh, Russian or English, capitalised, with Kazakh endings after them (`Алматыда` is
  /// `Алматы` + `да`; the ending stays outside the passage) and Russian case forms (`Астане`).
  static let place = AnonymisationRule(
    name: .place, summary: "a Kazakhstani region or city on the list shipped with Sarap"
  ) { text in
    var matches: [Match] = []
    var index = 0
    while index < text.tokens.count {
      if let (match, last) = placeMatch(at: index, in: text) {
        matches.append(match)
        index = last + 1
      } else {
        index += 1
      }
    }
    return matches
  }

  /// The listed place starting at a token, longest name first, and its last token.
  private static func placeMatch(at index: Int, in text: ScanText) -> (Match, Int)? {
    guard text.tokens[index].isCapitalised else { return nil }
    for words in stride(from: KazakhstanPlaces.longestName, through: 1, by: -1) {
      let last = index + words - 1
      guard last < text.tokens.count,
        (index..<last).allSatisfy({ text.isSpaced($0, $0 + 1) })
      else { continue }
      let head = text.tokens[index..<last].map(\.lower)
      for form in text.forms[last] {
        let key = (head + [form.stem]).joined(separator: " ")
        guard let entry = KazakhstanPlaces.index[key] else { continue }
        let token = text.tokens[last]
        let stemEnd = token.range.start + form.stem.unicodeScalars.count
        // A Russian case form (`Астане`, `Павлодаре`) is replaced whole; a Kazakh ending stays.
        let isRussianForm =
          entry.name.lowercased() != key || WordForms.russianOnly.contains(form.ending)
        let end = isRussianForm ? token.range.end : stemEnd
        let range = TextRange(start: text.tokens[index].range.start, end: end)
        return (Match(range: range, kind: entry.kind, lemma: entry.name), last)
      }
    }
    return nil
  }

  /// Areas: one or two capitalised words before `облысы`, `ауданы`, `ауылы`, `қаласы`,
  /// `область`, `район`, `Region`, `District` (`Жаңаарқа ауданы`, `Карасайский район`); the
  /// passage is the name, the word for the area stays.
  static let area = AnonymisationRule(
    name: .area, summary: "a capitalised name before a word for a region, district, town or village"
  ) { text in
    var matches: [Match] = []
    for index in text.tokens.indices.dropFirst() {
      guard let kind = areaKind(index, in: text), text.isSpaced(index - 1, index),
        text.tokens[index - 1].isCapitalised
      else { continue }
      let name = index - 1
      var first = name
      if first > 0, text.isSpaced(first - 1, first), text.tokens[first - 1].isCapitalised {
        let pair = text.tokens[first - 1].lower + " " + text.tokens[first].lower
        if KazakhstanPlaces.index[pair] != nil || !text.startsSentence(first - 1) { first -= 1 }
      }
      if first == name, AnonymisationVocabulary.isWellKnown(text.tokens[name].core) {
        continue
      }
      matches.append(Match(range: text.span(first, name), kind: kind))
    }
    return matches
  }

  /// The kind of each area word, by its stem.
  private static let areaKinds = Dictionary(
    AnonymisationVocabulary.areaWords.map { ($0.stem, $0.kind) }, uniquingKeysWith: { a, _ in a })

  /// The kind of area a token names (`облысында`: a region), nil for other words.
  private static func areaKind(_ index: Int, in text: ScanText) -> IdentifierKind? {
    if let kind = text.forms[index].lazy.compactMap({ areaKinds[$0.stem] }).first { return kind }
    let lower = text.tokens[index].lower
    return AnonymisationVocabulary.areaWords.first { word in
      word.stem.count >= 6 && ScanText.hasPrefix(lower, word.stem)
    }?.kind
  }
}
