/// The words of the agreement report, in Kazakh and English.
public enum AgreementWord: String, CaseIterable, Hashable, Sendable {
  case title, units, both, aOnly, bOnly, neither, agreement, kappa, alpha, aSegments, bSegments
  case matched, aChars, bChars, bothChars, overlap, kappaAllText, pooled, emptyBecause

  /// The Kazakh form.
  public var kazakh: String {
    switch self {
    case .title: "Кодтаушылар келісімі"
    case .units: "Бірліктер"
    case .both: "Екеуі де"
    case .aOnly: "Тек A"
    case .bOnly: "Тек B"
    case .neither: "Ешқайсысы"
    case .agreement: "Келісім"
    case .kappa: "Каппа"
    case .alpha: "Альфа"
    case .aSegments: "A сегменттері"
    case .bSegments: "B сегменттері"
    case .matched: "Сәйкес"
    case .aChars: "A таңбалары"
    case .bChars: "B таңбалары"
    case .bothChars: "Ортақ таңбалар"
    case .overlap: "Қабаттасу"
    case .kappaAllText: "Каппа (бүкіл мәтін)"
    case .pooled: "Жиынтық"
    case .emptyBecause: "Бос"
    }
  }

  /// The English form.
  public var english: String {
    switch self {
    case .title: "Inter-coder agreement"
    case .units: "Units"
    case .both: "Both"
    case .aOnly: "A only"
    case .bOnly: "B only"
    case .neither: "Neither"
    case .agreement: "Agreement"
    case .kappa: "Kappa"
    case .alpha: "Alpha"
    case .aSegments: "A segments"
    case .bSegments: "B segments"
    case .matched: "Matched"
    case .aChars: "A chars"
    case .bChars: "B chars"
    case .bothChars: "Both chars"
    case .overlap: "Overlap"
    case .kappaAllText: "Kappa (all text)"
    case .pooled: "Pooled"
    case .emptyBecause: "Empty"
    }
  }
}

extension UndefinedReason {
  /// Why the coefficient is empty, in Kazakh.
  public var kazakh: String {
    switch self {
    case .noUnits: "қамтылған бірлік жоқ"
    case .neitherCoded: "өзгеріс жоқ: екі кодтаушы да ешбір бірлікте кодтамаған"
    case .bothCodedEverything: "өзгеріс жоқ: екі кодтаушы да әр бірлікте кодтаған"
    case .noSegments: "екі кодтаушыда да сегменті жоқ"
    case .singleCategory: "тек бір код қолданылған, кездейсоқ келісім 1-ге тең"
    case .noCodedText: "екі кодтаушы да мәтінін кодтамаған"
    }
  }

  /// Why the coefficient is empty, in English.
  public var english: String {
    switch self {
    case .noUnits: "no unit in scope"
    case .neitherCoded: "no variation: neither coder coded it in any unit"
    case .bothCodedEverything: "no variation: both coders coded it in every unit"
    case .noSegments: "neither coder has a segment of it"
    case .singleCategory: "only one code was used, so chance agreement is 1"
    case .noCodedText: "neither coder coded any of its text"
    }
  }
}

extension ReportLabels {
  /// An agreement word in the chosen language.
  public subscript(word: AgreementWord) -> String {
    language == .kk ? word.kazakh : word.english
  }

  /// Why a coefficient is empty, in the chosen language.
  public func reason(_ reason: UndefinedReason) -> String {
    language == .kk ? reason.kazakh : reason.english
  }
}
