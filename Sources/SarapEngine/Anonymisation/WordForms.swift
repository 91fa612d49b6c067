/// The endings a Kazakh or Russian word takes, so that a rule can match `Қозыбаевтың` on
/// `Қозыбаев` and `облысында` on `облыс`.
///
/// Only inflection is stripped (case, possession, plural), never word-forming suffixes such as
/// `-лық` (`министрлік`, a ministry, stays apart from `министр`, a minister). Stripping is
/// conservative: at most two endings, and a stem of at least two letters remains.
enum WordForms {
  /// Kazakh case, possessive and plural endings, and Russian noun endings, longest first.
  static let endings: [String] = {
    let kazakh = [
      "ы", "і", "сы", "сі", "ның", "нің", "дың", "дің", "тың", "тің", "на", "не", "ға", "ге",
      "қа", "ке", "а", "е", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен",
      "нан", "нен", "ны", "ні", "ды", "ді", "ты", "ті", "н", "мен", "бен", "пен", "лар", "лер",
      "дар", "дер", "тар", "тер", "м", "ым", "ім", "ң", "ың", "ің", "дағы", "дегі", "тағы",
      "тегі", "ндағы", "ндегі", "ғы", "гі",
    ]
    let russian = ["у", "ом", "ой", "ою", "и", "ю", "ем", "ей", "ам", "ами", "ах", "ым", "ого"]
    let english = ["'s", "’s"]
    return Array(Set(kazakh + russian + english)).sorted {
      $0.count > $1.count || ($0.count == $1.count && $0 < $1)
    }
  }()

  /// Endings only Russian nouns take: a word with one is replaced whole (`Астане`, `Мариной`),
  /// where a Kazakh ending stays after the pseudonym (`[ҚАЛА-1]да`).
  static let russianOnly: Set<String> = [
    "е", "у", "ю", "и", "ом", "ой", "ою", "ем", "ей", "ам", "ами", "ах", "ым", "ого",
  ]

  /// Endings that make a plural: a word in the plural names more than one holder.
  static let plurals: Set<String> = ["лар", "лер", "дар", "дер", "тар", "тер"]

  /// The word and every stem left by stripping one or two endings, with the endings stripped;
  /// the word itself first.
  static func stems(of word: String) -> [(stem: String, ending: String)] {
    var result = [(stem: word, ending: "")]
    for (stem, ending) in strip(word) {
      result.append((stem, ending))
      for (shorter, inner) in strip(stem) { result.append((shorter, inner + ending)) }
    }
    return result
  }

  /// The endings as a set, for lookup by a word's last letters.
  private static let endingSet = Set(endings)

  /// The number of letters of the longest ending.
  private static let longestEnding = endings.map(\.unicodeScalars.count).max() ?? 0

  /// The stems left by stripping one ending, longest ending first: the word's last one to
  /// ``longestEnding`` letters looked up in ``endingSet`` (a scan calls this for every word
  /// many times, so it does not try every ending).
  private static func strip(_ word: String) -> [(String, String)] {
    let scalars = Array(word.unicodeScalars)
    let lower = Array(word.lowercased().unicodeScalars)
    guard lower.count == scalars.count, scalars.count > 2 else { return [] }
    var result: [(String, String)] = []
    for length in stride(from: min(longestEnding, scalars.count - 2), through: 1, by: -1) {
      let ending = String(String.UnicodeScalarView(lower[(lower.count - length)...]))
      guard endingSet.contains(ending) else { continue }
      result.append(
        (String(String.UnicodeScalarView(scalars[..<(scalars.count - length)])), ending))
    }
    return result
  }

  /// Whether a word is `stem` with inflection only (or `stem` itself), comparing in lower case.
  static func inflects(_ word: String, _ stem: String) -> Bool {
    stems(of: word.lowercased()).contains { $0.stem == stem }
  }
}
