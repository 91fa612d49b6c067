/// The word lists the anonymisation rules use, in Kazakh, Russian and English (lower case).
enum AnonymisationVocabulary {
  /// Capitalised words that name no respondent: countries, parts of the world, peoples,
  /// languages, religions, blocs and the like, as stems (Kazakh endings are stripped first).
  static let wellKnown: Set<String> = [
    // Kazakh
    "қазақстан", "ресей", "қытай", "америка", "құрама", "штаттар", "штаттары", "батыс", "шығыс",
    "еуропа", "еуропалық", "азия", "орталық", "түркия", "жапония", "корея", "оңтүстік",
    "солтүстік", "өзбекстан", "қырғызстан", "тәжікстан", "түрікменстан", "ауғанстан", "иран",
    "украина", "беларусь", "грузия", "әзербайжан", "армения", "моңғолия", "үндістан", "германия",
    "франция", "англия", "ұлыбритания", "британия", "италия", "испания", "польша", "израиль",
    "араб", "сауд", "арабиясы", "египет", "пәкістан", "африка", "австралия", "канада", "кеңес",
    "одақ", "одағы", "ислам", "христиан", "құран", "алла", "аллаһ", "інжіл", "орыс", "қазақ",
    "түрік", "түркі", "ағылшын", "неміс", "араб", "парсы", "ұйғыр", "еуразия", "еуразиялық",
    "интернет", "голливуд", "ютуб", "фейсбук", "инстаграм", "тикток", "телеграм", "дүние",
    "мәскеу", "пекин", "вашингтон", "анкара", "стамбул", "ташкент", "бішкек", "лондон", "париж",
    "берлин", "нью-йорк", "токио", "сеул", "брюссель", "ватикан", "мекке", "медине", "ұлттық",
    "мемлекеттік", "республика", "республикасы", "президент", "елбасы", "тәуелсіздік",
    "наурыз", "рамазан", "құрбан", "айт", "жаңа", "жыл", "бразилия", "мексика", "аргентина",
    "гонконг", "тайвань", "сингапур", "малайзия", "индонезия", "вьетнам", "таиланд", "әзірбайжан",
    "түркменстан", "украин", "швейцария", "швеция", "норвегия", "финляндия", "дания", "голландия",
    "нидерланд", "бельгия", "австрия", "венгрия", "чехия", "литва", "латвия", "эстония",
    "молдова", "сирия", "ирак", "ливан", "палестина", "қатар", "кувейт", "эмират", "куба",
    "үкімет", "тұңғыш", "орта", "патшалық", "біріккен", "әкімшілік", "әкімшілігі",
    "пантүркістік", "дүниежүзілік", "халықаралық", "парламент", "мәжіліс", "сенат", "ассамблея",
    "ассамблеясы", "бұұ", "нато", "юнеско", "ксро",
    // Russian
    "россия", "казахстан", "китай", "сша", "европа", "запад", "восток", "турция", "япония",
    "корея", "узбекистан", "киргизия", "кыргызстан", "таджикистан", "туркменистан", "украина",
    "белоруссия", "беларусь", "германия", "франция", "англия", "британия", "москва", "пекин",
    "ссср", "союз", "советский", "ислам", "коран", "бог", "господь", "русский", "казахский",
    "евразия", "азия", "центральная", "средняя", "интернет", "ютуб", "президент",
    // English
    "kazakhstan", "russia", "china", "america", "american", "united", "states", "europe",
    "european", "union", "west", "western", "east", "asia", "central", "turkey", "japan", "korea",
    "south", "north", "uzbekistan", "kyrgyzstan", "ukraine", "soviet", "islam", "islamic",
    "god", "english", "russian", "kazakh", "chinese", "internet", "youtube", "facebook",
    "instagram", "moscow", "beijing", "washington", "london", "president", "i", "i'm", "i've",
    "prof", "dr", "mr", "mrs", "ms", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
  ]

  /// Whether a word, or one of its stems, is well known (`Ресейдегі`, `Украинадағы`), or it is a
  /// hyphenated word whose parts all are (`Қазақ-түрік`).
  static func isWellKnown(_ word: String) -> Bool {
    let lower = word.lowercased()
    let parts = lower.split(separator: "-").map(String.init)
    return (parts.count > 1 ? parts : [lower]).allSatisfy { part in
      WordForms.stems(of: part).contains { wellKnown.contains($0.stem) }
    }
  }

  /// Month names: Kazakh (nominative; endings are stripped), Russian (genitive, as after a
  /// day), English.
  static let months: [String: Int] = {
    let kazakh = [
      "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
      "қазан", "қараша", "желтоқсан",
    ]
    let russian = [
      "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
      "октября", "ноября", "декабря",
    ]
    let english = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    var months: [String: Int] = [:]
    for list in [kazakh, russian, english] {
      for (index, name) in list.enumerated() { months[name] = index + 1 }
    }
    return months
  }()

  /// The forms of `жас` (age) that follow an age: `45 жастамын`, `45 жасымда`.
  static let ageWords: Set<String> = [
    "жаста", "жастамын", "жастасыз", "жастағы", "жасымда", "жасында", "жасқа", "жасар", "жастан",
    "жасымнан", "жаспын", "жастабыз", "жасымыз",
  ]

  /// Words for an organisation: a token starting with one of these is one.
  static let organisationPrefixes = [
    // Kazakh
    "университет", "институт", "министрлі", "министрлік", "агенттіг", "агенттік", "академия",
    "орталығ", "комитет", "департамент", "компания", "корпорация", "холдинг", "ассоциация",
    "колледж", "партия", "лицей",
    // Russian
    "министерств", "агентств", "академи", "компани", "корпораци", "ассоциаци", "парти",
    // English
    "university", "institute", "ministry", "foundation", "agency", "academy", "centre",
    "center", "committee", "department", "company", "corporation", "association", "council",
    "college",
  ]

  /// The first letters of ``organisationPrefixes``: a word starting with another letter is no
  /// organisation word (checked first, as a scan asks it of every word).
  static let organisationInitials = Set(organisationPrefixes.compactMap(\.unicodeScalars.first))

  /// Words for an organisation that are only one when inflected, never as a prefix (`қор`, a
  /// foundation, but not `қорғаныс`, defence).
  static let organisationStems: Set<String> = ["қор", "фонд", "центр", "fund", "party"]

  /// Words for a region or district (`облыс`) and for a town or village (`ауыл`), after a name.
  static let areaWords: [(stem: String, kind: IdentifierKind)] = [
    ("облыс", .region), ("аудан", .region), ("област", .region), ("район", .region),
    ("region", .region), ("oblast", .region), ("district", .region), ("ауыл", .city),
    ("қала", .city), ("village", .city),
  ]

  /// Posts with one holder, as word stems in order (`министрдің орынбасары` is `министр`,
  /// `орынбасар`); longer phrases first.
  static let titles: [[String]] = [
    ["министр", "орынбасар"], ["заместитель", "министр"], ["deputy", "minister"],
    ["заместител", "министр"], ["бас", "хатшы"], ["вице-министр"], ["министр"], ["әкім"], ["аким"],
    ["ректор"],
    ["проректор"], ["декан"], ["елші"], ["посол"], ["төраға"], ["председатель"], ["директор"],
    ["minister"], ["rector"], ["dean"], ["ambassador"], ["chairman"], ["director"], ["akim"],
  ]

  /// The first words of ``titles``: a word with none of them as a stem, and not starting with a
  /// long one, starts no title (checked first, as a scan asks it of every word).
  static let titleFirstWords = Set(titles.compactMap(\.first))

  /// The ``titleFirstWords`` of nine letters or more, which a title word may start with.
  static let longTitleFirstWords = titleFirstWords.filter { $0.count >= 9 }

  /// Pronouns, conjunctions and the like, capitalised only when they start a sentence, which a
  /// name read backwards never takes in (`Мен Ақжелкен институтында`: `Мен` is "I").
  static let sentenceWords: Set<String> = [
    "мен", "біз", "сіз", "ол", "олар", "бұл", "осы", "сол", "менің", "біздің", "сіздің", "оның",
    "және", "бірақ", "алайда", "мысалы", "мәселен", "енді", "иә", "жоқ", "қазір", "я", "мы",
    "вы", "он", "она", "они", "это", "наш", "мой", "но", "и", "в", "на", "да", "нет", "we", "our",
    "my", "the", "this", "in", "at", "a", "an", "yes", "no", "and", "but",
  ]

  /// Words that end a Russian organisation name read forward (`Институт философии и …`).
  static let russianStops: Set<String> = [
    "и", "в", "на", "с", "по", "где", "который", "которая", "что", "но", "а", "когда", "я", "мы",
  ]
}
