/// A fixed word of Sarap's reports, with its Kazakh and English forms.
public enum ReportWord: String, CaseIterable, Hashable, Sendable {
  case code, theme, name, segments, codings, transcripts, share, characters, total, transcript
  case question, coder, start, end, text, codes, coders, before, match, after, first, second
  case together, coefficient, frequency, coOccurrence, matrix, pairs, retrieval, search, tidy
  case value, groupTranscripts, claim, claims, count, of, threshold, verdict, margin

  /// The Kazakh form.
  public var kazakh: String {
    switch self {
    case .code: "Код"
    case .theme: "Тақырып"
    case .name: "Атауы"
    case .segments: "Сегменттер"
    case .codings: "Кодтаулар"
    case .transcripts: "Транскрипттер"
    case .share: "Үлесі"
    case .characters: "Таңбалар"
    case .total: "Барлығы"
    case .transcript: "Транскрипт"
    case .question: "Сұрақ"
    case .coder: "Кодтаушы"
    case .start: "Басы"
    case .end: "Соңы"
    case .text: "Мәтін"
    case .codes: "Кодтар"
    case .coders: "Кодтаушылар"
    case .before: "Алдында"
    case .match: "Табылғаны"
    case .after: "Кейін"
    case .first: "Бірінші"
    case .second: "Екінші"
    case .together: "Бірге (n12)"
    case .coefficient: "c-коэффициент"
    case .frequency: "Жиілік"
    case .coOccurrence: "Бірге кездесу"
    case .matrix: "Тақырыптық матрица"
    case .pairs: "Бірге кездесетін жұптар"
    case .retrieval: "Кодталған сегменттер"
    case .search: "Іздеу"
    case .tidy: "Кодтаулар тізімі"
    case .value: "Мәні"
    case .groupTranscripts: "Топтағы транскрипттер"
    case .claim: "Тұжырым"
    case .claims: "Тұжырымдар"
    case .count: "Саны"
    case .of: "Барлығынан"
    case .threshold: "Шегі"
    case .verdict: "Қорытынды"
    case .margin: "Қоры"
    }
  }

  /// The English form.
  public var english: String {
    switch self {
    case .coOccurrence: "Co-occurrence"
    case .matrix: "Theme matrix"
    case .pairs: "Co-occurring pairs"
    case .retrieval: "Coded segments"
    case .tidy: "Codings"
    case .together: "Together (n12)"
    case .coefficient: "c-coefficient"
    case .groupTranscripts: "Transcripts in group"
    case .claims: "Claims checked against the codings"
    default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
    }
  }
}
